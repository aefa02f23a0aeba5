
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's2682f951fe2bbef2': str`${0} von ${1} Netzwerk`,
's2e23df8d622dcd6c': str`gegründet ${0}`,
's537571911a907a86': str`${0} Mitglieder`,
's64b00c5878df53ed': `Kein Netzwerk passt zu den gewählten Themen.`,
's6d60e6eb320c5945': str`Berlin ist seit ${0} Mitglied`,
's844ad16138ec1f4a': `auf Englisch`,
's86192f619703cad8': `auf Deutsch`,
's864c948d4629240f': `Alle anzeigen`,
's8865f02d9ebbd0f5': `Themen`,
's9306d34f317edc11': str`${0} Mitglied`,
's9c4c2752e454b533': str`${0} von ${1} Netzwerken`,
'saca31dab87a29720': str`Website des Netzwerks ${0}`,
'saf209b22c7caaac3': `Nach Thema filtern`,
'saf66ff27d4219d44': `Fakten`,
'sb0b69573439b55ed': str`Mehr über das Netzwerk ${0} auf berlin.de`,
'sb3145090f6bf94fe': str`fast ${0} Mitglieder`,
'sb920a655621346ff': str`rund ${0} Mitglieder`,
'sd087f052213ac371': `Die Liste der Städtenetzwerke konnte nicht geladen werden.`,
'sdc2bfbdc71d45a59': `Städtenetzwerke werden geladen …`,
'sf93abf5a6507a142': str`mehr als ${0} Mitglieder`,
    };
  