/**
 * The built-in dataset: the 14 international city networks Berlin belongs to,
 * in the order of the Senate Chancellery's "City Networks" page on berlin.de
 * (https://www.berlin.de/rbmskzl/en/international-relations/city-networks/).
 * Facts come from that page and from the collected network facts (berlin.de
 * detail pages and other public sources); `SOURCES.md` lists each fact with its
 * source and confidence.
 *
 * Rule: facts only with high or medium confidence; a field is left out when no
 * source gives it.
 */
import type { BuiltInDataset } from './types.js';

export const builtInDataset = {
  topics: {
    climate: { de: 'Klima', en: 'Climate' },
    economy: { de: 'Wirtschaft', en: 'Economy' },
    science: { de: 'Wissenschaft', en: 'Science' },
    culture: { de: 'Kultur', en: 'Culture' },
    'urban-development': { de: 'Stadtentwicklung', en: 'Urban development' },
    'social-integration': {
      de: 'Soziale Integration',
      en: 'Social integration',
    },
    'human-rights': { de: 'Menschenrechte', en: 'Human rights' },
    health: { de: 'Gesundheit', en: 'Health' },
    peace: { de: 'Frieden', en: 'Peace' },
  },
  networks: [
    {
      id: 'baltmet',
      abbreviation: 'BaltMet',
      name: {
        de: 'Städtenetzwerk der Baltischen Metropolen',
        en: 'Baltic Metropoles Network',
      },
      summary: {
        de: 'Ostsee-Metropolen stärken ihre Region als innovativen, wettbewerbsfähigen Wirtschaftsstandort und machen sie in Europa sichtbarer.',
        en: 'Baltic Sea metropolises making their region an innovative, competitive place for business with a higher profile in Europe.',
      },
      topics: ['economy', 'science'],
      founded: 2002,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/internationales/staedtenetzwerke/baltmet/artikel.9809.php',
          en: 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/baltmet/artikel.23478.en.php',
        },
        website: 'https://www.baltmet.org',
      },
    },
    {
      id: 'c40',
      abbreviation: 'C40',
      name: {
        de: 'Cities Climate Leadership Group',
        en: 'Cities Climate Leadership Group',
      },
      summary: {
        de: 'Megastädte bündeln ihre Kräfte gegen den Klimawandel. Berlin hat das Netzwerk mitgegründet.',
        en: 'Megacities joining forces against climate change. Berlin helped to found the network.',
      },
      topics: ['climate'],
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/staedtenetzwerke/artikel.1374748.php',
          en: 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/c40/artikel.537116.php',
        },
        website: 'https://www.c40.org',
      },
    },
    {
      id: 'climate-alliance',
      name: { de: 'Klima-Bündnis', en: 'Climate Alliance' },
      summary: {
        de: 'Städte und Gemeinden senken ihren CO₂-Ausstoß und setzen sich mit indigenen Völkern im Amazonasgebiet für mehr Klimaschutz ein.',
        en: 'Towns and cities cutting their carbon emissions and, with indigenous peoples of the Amazon, speaking up for climate action.',
      },
      topics: ['climate'],
      members: { count: 1500, qualifier: 'more-than' },
      founded: 1990,
      links: {
        info: {
          en: 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/climate-alliance/artikel.803244.en.php',
        },
        website: 'https://www.klimabuendnis.org',
      },
    },
    {
      id: 'eccar',
      abbreviation: 'ECCAR',
      name: {
        de: 'Europäische Städtekoalition gegen Rassismus',
        en: 'European Coalition of Cities against Racism',
      },
      summary: {
        de: 'Eine UNESCO-Initiative europäischer Städte gegen Rassismus. Mit dem Beitritt unterzeichnete Berlin ihren Zehn-Punkte-Aktionsplan.',
        en: 'A UNESCO initiative of European cities against racism. On joining, Berlin signed its ten-point plan of action.',
      },
      topics: ['social-integration'],
      members: { count: 130, qualifier: 'more-than' },
      founded: 2004,
      berlinSince: 2006,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/staedtenetzwerke/artikel.1374752.php',
        },
        website: 'https://www.eccar.info',
      },
    },
    {
      id: 'eurocities',
      name: { de: 'Eurocities', en: 'Eurocities' },
      summary: {
        de: 'Ein Verbund großer europäischer Städte, die ihre gemeinsamen Herausforderungen zusammen angehen.',
        en: 'An association of major European cities tackling the challenges they share together.',
      },
      topics: ['urban-development'],
      founded: 1986,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/internationales/staedtenetzwerke/eurocities/artikel.9820.php',
        },
      },
    },
    {
      id: 'fast-track-cities',
      name: {
        de: 'Fast-Track Cities Initiative to End Aids',
        en: 'Fast-Track Cities Initiative to End Aids',
      },
      summary: {
        de: 'Städte wollen gemeinsam die Aids-Epidemie beenden. Die Initiative entstand am Welt-Aids-Tag 2014 in Paris; zu den Partnern gehören UNAIDS und UN-Habitat.',
        en: 'Cities working to end the AIDS epidemic. The initiative began in Paris on World AIDS Day 2014; its partners include UNAIDS and UN-Habitat.',
      },
      topics: ['health'],
      founded: 2014,
      berlinSince: 2016,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/internationales/staedtenetzwerke/fast-track-cities/artikel.497509.php',
        },
        website: 'https://www.fast-trackcities.org',
      },
    },
    {
      id: 'global-compact',
      name: {
        de: 'UN Global Compact – Cities Programme',
        en: 'UN Global Compact – Cities Programme',
      },
      summary: {
        de: 'Teil des UN Global Compact: Verwaltung, Wirtschaft, Zivilgesellschaft und Wissenschaft entwickeln gemeinsam nachhaltige Lösungen für Städte.',
        en: 'Part of the UN Global Compact: governments, business, civil society and academia working on sustainable solutions for cities.',
      },
      topics: ['urban-development', 'economy'],
      links: {
        info: {
          en: 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/global-compact/artikel.23486.en.php',
        },
      },
    },
    {
      id: 'icorn',
      abbreviation: 'ICORN',
      name: {
        de: 'International Cities of Refuge Network',
        en: 'International Cities of Refuge Network',
      },
      summary: {
        de: 'Städte, die Künstlerinnen und Künstlern Zuflucht bieten. Als Mitglied setzt sich Berlin so für die Menschenrechte ein.',
        en: 'Cities that give artists a safe refuge. As a member, Berlin stands up for human rights through the network.',
      },
      topics: ['culture', 'social-integration'],
      members: { count: 60, qualifier: 'more-than' },
      founded: 2006,
      berlinSince: 2018,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/staedtenetzwerke/artikel.1374758.php',
        },
        website: 'https://icorn.org',
      },
    },
    {
      id: 'mayors-for-peace',
      name: { de: 'Mayors for Peace', en: 'Mayors for Peace' },
      summary: {
        de: 'Bürgermeisterinnen und Bürgermeister für die Abschaffung aller Atomwaffen. Gegründet hat das Netzwerk der Bürgermeister von Hiroshima.',
        en: 'Mayors working for the abolition of nuclear weapons. The network was started by the mayor of Hiroshima.',
      },
      topics: ['peace'],
      founded: 1982,
      berlinSince: 1989,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/staedtenetzwerke/artikel.1374772.php',
        },
        website: 'https://mayorsforpeace.org',
      },
    },
    {
      id: 'metropolis',
      name: { de: 'Metropolis', en: 'Metropolis' },
      summary: {
        de: 'Das größte internationale Netzwerk von Haupt- und Megastädten. Berlin hat es mehrere Jahre als Präsident und Co-Präsident mitgeleitet.',
        en: 'The largest international network of capitals and megacities. Berlin has helped lead it for years as president and co-president.',
      },
      topics: ['urban-development'],
      members: { count: 142, qualifier: 'almost' },
      founded: 1985,
      berlinSince: 1991,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/staedtenetzwerke/artikel.1374777.php',
          en: 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/metropolis/artikel.1178000.en.php',
        },
        website: 'https://metropolis.org',
      },
    },
    {
      id: 'owhc',
      abbreviation: 'OWHC',
      name: {
        de: 'Organisation der Welterbestädte',
        en: 'Organization of World Heritage Cities',
      },
      summary: {
        de: 'Städte mit Welterbestätten schließen sich zusammen, um die Menschen für den Schutz dieses Erbes zu gewinnen.',
        en: 'Cities with World Heritage sites join forces to win public support for protecting this heritage.',
      },
      topics: ['culture', 'urban-development'],
      members: { count: 300, qualifier: 'more-than' },
      founded: 1993,
      links: {
        info: {
          en: 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/owhc/artikel.780790.en.php',
        },
        website: 'https://ovpm.org',
      },
    },
    {
      id: 'rainbow-cities',
      abbreviation: 'RCN',
      name: { de: 'Rainbow Cities Network', en: 'Rainbow Cities Network' },
      summary: {
        de: 'Städte, die mit lokaler Politik gegen Diskriminierung wegen sexueller Orientierung oder geschlechtlicher Identität und für die Akzeptanz von Vielfalt eintreten.',
        en: 'Cities using local policy against discrimination based on sexual orientation or gender identity, and for the acceptance of diversity.',
      },
      topics: ['social-integration'],
      founded: 2013,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/staedtenetzwerke/artikel.1374794.php',
        },
        website: 'https://www.rainbowcities.com',
      },
    },
    {
      id: 'solidarity-cities',
      name: { de: 'Solidarity Cities', en: 'Solidarity Cities' },
      summary: {
        de: 'Städte, die Geflüchtete und Asylsuchende aufnehmen und beim Ankommen unterstützen wollen; entstanden aus einer Initiative von Stadtoberhäuptern in Eurocities.',
        en: 'Cities that want to welcome refugees and asylum seekers and help them settle in. It grew out of a mayors’ initiative within Eurocities.',
      },
      topics: ['social-integration'],
      berlinSince: 2019,
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/staedtenetzwerke/artikel.1374799.php',
        },
        website: 'https://solidaritycities.eu',
      },
    },
    {
      id: 'ucue',
      abbreviation: 'UCUE',
      name: {
        de: 'Vereinigung der Hauptstädte der Europäischen Union',
        en: 'Union of Capitals of the European Union',
      },
      summary: {
        de: 'Die Hauptstädte der EU tun sich zusammen, um bei gemeinsamen Problemen und Aufgaben mehr Gewicht zu haben.',
        en: 'EU capitals teaming up to play a stronger part in solving the problems they share.',
      },
      topics: ['urban-development'],
      links: {
        info: {
          de: 'https://www.berlin.de/rbmskzl/politik/internationales/staedtenetzwerke/ucue/artikel.9805.php',
        },
      },
    },
  ],
} as const satisfies BuiltInDataset;
