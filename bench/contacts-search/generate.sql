-- 1,000,000 contacts across 10 organisations, made with generate_series; names in the languages of
-- the seeds (French, Bulgarian, Russian, Moroccan, Québécois). Deterministic: setseed fixes random().
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';
select setseed(0.42) \g /dev/null

create temporary table bench_org as
select n, ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid as id
  from generate_series(1, 10) n;

insert into contacts.contact_type (id, organisation_id, code, name, version, created_at)
select gen_random_uuid(), o.id, code, initcap(code), 0, now()
  from bench_org o, unnest(array['individual', 'company', 'subscriber', 'visitor', 'partner']) code;

insert into contacts.contact_number (organisation_id, last_number)
select id, 100000 from bench_org;

-- One contact in five is a subscriber; the others have no type.
alter table bench_org add column subscriber uuid;
update bench_org o set subscriber = t.id
  from contacts.contact_type t where t.organisation_id = o.id and t.code = 'subscriber';

-- Last names are two syllables out of 40 × 40, so a three-letter fragment matches anything from
-- a few dozen to tens of thousands of contacts, as real surnames do.
with syllables as (
  select array['Du','Mar','Pet','Ива','Geo','Lef','Ben','Tre','Гео','Dim','Mor','Ber','Ham','Ел','Cha','Lau',
               'Кос','Rou','Gar','Ста','Fon','Nik','Пет','Bla','Mic','Ал','Kar','Bou','Сок','Vin','Лю','Tod',
               'Dra','Ми','Fa','Gau','Тод','Laf','Ро','Mer'] as first,
         array['bois','tin','rov','нова','rgiev','ebvre','ani','mblay','ргиев','itrov','eau','nard','ou','енков',
               'rpentier','rent','стов','ssel','cia','нчев','taine','olov','ров','nc','hel','ексиев','ev','chard',
               'олов','cent','бенова','orov','gan','лева','ssi','tier','оров','ont','манов','cier'] as second,
         array['Camille','Jean','Marie','Luc','Sophie','Иван','Мария','Георги','Елена','Youssef','Fatima','Émilie',
               'Olivier','Nadia','Димитър','Петър','Anna','Pierre','Chloé','Алексей','Ольга','Karim','Léa','Hugo',
               'Stoyan','Наталья','Mehdi','Julie','Nicolas','Светла'] as given,
         -- The same names as they are written in e-mail addresses.
         array['camille','jean','marie','luc','sophie','ivan','maria','georgi','elena','youssef','fatima','emilie',
               'olivier','nadia','dimitar','petar','anna','pierre','chloe','alexey','olga','karim','lea','hugo',
               'stoyan','natalia','mehdi','julie','nicolas','svetla'] as given_latin,
         array['example.fr','example.bg','example.ru','example.ma','example.ca','mail.test'] as domains
), rows as (
  select i,
         o.id as organisation_id, o.subscriber,
         (i - 1) / 10 + 1 as number,
         random() < 0.1 as company,
         1 + floor(random() * 40)::int as a, 1 + floor(random() * 40)::int as b,
         1 + floor(random() * 30)::int as g, 1 + floor(random() * 6)::int as d,
         floor(random() * 1e9)::bigint as phone
    from generate_series(1, 1000000) i
    join bench_org o on o.n = 1 + (i - 1) % 10
)
insert into contacts.contact (id, organisation_id, number, kind, contact_type_id, first_name, last_name,
                              company_name, email, phone, city, country, version, created_at, modified_at)
select gen_random_uuid(), r.organisation_id, r.number,
       case when r.company then 'COMPANY' else 'PERSON' end,
       case when r.number % 5 = 0 then r.subscriber end,
       case when r.company then null else s.given[r.g] end,
       case when r.company then null else s.first[r.a] || s.second[r.b] end,
       case when r.company then s.first[r.a] || s.second[r.b] || ' ' || (array['SARL','OOD','SA','Inc','ООО'])[1 + r.i % 5] end,
       s.given_latin[r.g] || '.' || r.i || '@' || s.domains[r.d],
       '+33 6 ' || substr(lpad(r.phone::text, 9, '0'), 1, 2) || ' ' || substr(lpad(r.phone::text, 9, '0'), 3, 2) || ' '
                || substr(lpad(r.phone::text, 9, '0'), 5, 2) || ' ' || substr(lpad(r.phone::text, 9, '0'), 7, 3),
       (array['Paris','София','Москва','Casablanca','Montréal','Lyon','Пловдив'])[1 + r.i % 7],
       (array['FR','BG','RU','MA','CA','FR','BG'])[1 + r.i % 7],
       0, now(), now()
  from rows r, syllables s;

vacuum analyze contacts.contact;
analyze contacts.contact_type;
