select count(*) from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and d.contact_id = '10000000-0000-0000-0000-000000000042';
select d.id, d.number, d.status, d.print_status, d.contact_id, d.created_at, d.created_by, d.created_on,
       d.modified_at, d.modified_by, d.modified_on,
       (select string_agg(distinct l.product, ', ') from booking.dossier_line l
         where l.organisation_id = d.organisation_id and l.dossier_id = d.id
           and l.status not in ('CANCELLED', 'EXPIRED')) as products
  from booking.dossier d where d.organisation_id = '00000000-0000-0000-0000-000000000001' and d.contact_id = '10000000-0000-0000-0000-000000000042' order by d.created_at desc, d.id limit 20 offset 0;
