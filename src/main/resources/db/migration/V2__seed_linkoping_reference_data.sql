-- Districts (stadsdelar and tätorter) of Linköping municipality, the categories of the EST method and
-- the sources that report. Changed later by new migrations or by an administrator, never in code.

insert into district (code, name, sort_order) values
    ('innerstaden',    'Innerstaden',            10),
    ('berga',          'Berga',                  20),
    ('ekholmen',       'Ekholmen',               30),
    ('gottfridsberg',  'Gottfridsberg',          40),
    ('hjulsbro',       'Hjulsbro',               50),
    ('johannelund',    'Johannelund',            60),
    ('lambohov',       'Lambohov',               70),
    ('majelden',       'Majelden',               80),
    ('ryd',            'Ryd',                    90),
    ('skaggetorp',     'Skäggetorp',            100),
    ('tannefors',      'Tannefors',             110),
    ('tornby',         'Tornby',                120),
    ('vasastaden',     'Vasastaden',            130),
    ('valla',          'Valla',                 140),
    ('vidingsjo',      'Vidingsjö',             150),
    ('vimanshall',     'Vimanshäll',            160),
    ('ullstamma',      'Ullstämma',             170),
    ('abylund',        'Åbylund',               180),
    ('linghem',        'Linghem',               190),
    ('ljungsbro',      'Ljungsbro',             200),
    ('malmslatt',      'Malmslätt',             210),
    ('sturefors',      'Sturefors',             220),
    ('vikingstad',     'Vikingstad',            230),
    ('ovriga-landsbygd', 'Övrig landsbygd',     240);

insert into incident_category (code, name, violence_or_threat, prompt_assessment, sort_order) values
    ('skottlossning-sprangning', 'Skottlossning eller sprängning',             true,  true,  10),
    ('vald-hot',                 'Våld eller hot om våld',                     true,  true,  20),
    ('hot-mot-verksamhet',       'Hot mot personal eller verksamhet',          true,  true,  30),
    ('narkotika',                'Narkotikahandel eller narkotikabruk',        false, false, 40),
    ('ungdomar-riskmiljo',       'Unga i riskmiljö eller störande samlingar',  false, false, 50),
    ('anlagd-brand',             'Anlagd brand',                               false, false, 60),
    ('skadegorelse',             'Skadegörelse och klotter',                   false, false, 70),
    ('stold-inbrott',            'Stöld och inbrott',                          false, false, 80),
    ('ordningsstorning',         'Ordningsstörning',                           false, false, 90),
    ('trafik-buskorning',        'Buskörning och trafikfarligt beteende',      false, false, 100),
    ('otrygg-miljo',             'Otrygg fysisk miljö',                        false, false, 110),
    ('ovrigt',                   'Övrigt',                                     false, false, 120);

insert into report_source (code, name, sort_order) values
    ('polis',            'Polisen',            10),
    ('kommun',           'Kommunen',           20),
    ('bostadsbolag',     'Bostadsbolag',       30),
    ('trygghetsvardar',  'Trygghetsvärdar',    40),
    ('kollektivtrafik',  'Kollektivtrafiken',  50),
    ('raddningstjanst',  'Räddningstjänsten',  60),
    ('skola',            'Skola',              70),
    ('trygghetsrad',     'Trygghetsråd',       80),
    ('medborgare',       'Medborgare',         90);
