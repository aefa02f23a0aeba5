
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'berlin-since': str`Berlin ist seit ${0} Mitglied`,
'count': str`${0} von ${1} Netzwerken`,
'count-one': str`${0} von ${1} Netzwerk`,
'count-one-query': str`${0} von ${1} Netzwerk für „${2}“`,
'count-query': str`${0} von ${1} Netzwerken für „${2}“`,
'facts': `Fakten`,
'fallback-link': `Städtenetzwerke auf berlin.de`,
'filter-label': `Nach Thema filtern`,
'founded': str`gegründet ${0}`,
'in-english': `auf Englisch`,
'in-german': `auf Deutsch`,
'info-link': str`Mehr über das Netzwerk ${0} auf berlin.de`,
'load-error': `Die Liste der Städtenetzwerke konnte nicht geladen werden.`,
'loading': `Städtenetzwerke werden geladen …`,
'member': str`${0} Mitglied`,
'members': str`${0} Mitglieder`,
'members-about': str`rund ${0} Mitglieder`,
'members-almost': str`fast ${0} Mitglieder`,
'members-more-than': str`mehr als ${0} Mitglieder`,
'more': str`${0} weitere Netzwerke`,
'more-one': str`${0} weiteres Netzwerk`,
'no-match': `Kein Netzwerk passt zu den gewählten Themen.`,
'no-match-query': str`Kein Netzwerk passt zu „${0}“.`,
'no-match-query-topics': str`Kein Netzwerk passt zu „${0}“ und den gewählten Themen.`,
'search-label': `Netzwerke durchsuchen`,
'show-all': `Alle anzeigen`,
'topics': `Themen`,
'website-link': str`Website des Netzwerks ${0}`,
    };
  