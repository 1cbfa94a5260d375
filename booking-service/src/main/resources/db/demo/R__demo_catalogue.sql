-- Demo catalogue of the local stack and e2e (profile demo only: application-demo.yml adds this location). A repeatable
-- migration: it runs after every versioned one and again whenever this file changes; each insert skips what exists,
-- so what staff changed in the demo stays.

-- The seed's branch, open Monday to Friday 9:00-17:00 and Saturday 10:00-16:00.
insert into branch (id, code, name, street, city, province, postal_code)
values ('0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001', 'MTL-PLATEAU', 'Succursale Plateau-Mont-Royal',
        '4500, rue Saint-Denis', 'Montréal', 'QC', 'H2J 2L3')
on conflict do nothing;

insert into branch_hours (branch_id, day_of_week, opens, closes)
select '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001'::uuid, d.n, time '09:00', time '17:00'
from generate_series(1, 5) d(n)
where not exists (select 1 from branch_hours where branch_id = '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001')
union all
select '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001'::uuid, 6, time '10:00', time '16:00'
where not exists (select 1 from branch_hours where branch_id = '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001');

-- The seed's services: a 20-minute nail trim at 35.00 $ + taxes per pet, and home visits (rabies required).
insert into service (id, code, name_fr, name_en, description_fr, description_en, duration_minutes, price, taxable,
                     place, pricing, buffer_before_minutes, buffer_after_minutes)
values ('5e1f0000-0000-4000-8000-000000000001', 'NAIL-TRIM', 'Taille des griffes', 'Nail trim',
        'Taille et limage des griffes en succursale.', 'Nail trimming and filing in store.',
        20, 35.00, true, 'IN_STORE', 'PER_PET', 0, 0),
       ('5e1f0000-0000-4000-8000-000000000002', 'HOME-VISIT', 'Visites à domicile', 'Home visits',
        'Une technicienne se rend chez vous pour les soins de vos animaux.',
        'A technician comes to your home to care for your pets.',
        30, 45.00, true, 'HOME', 'PER_VISIT', 0, 10)
on conflict do nothing;

insert into service_branch (service_id, branch_id)
values ('5e1f0000-0000-4000-8000-000000000001', '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001'),
       ('5e1f0000-0000-4000-8000-000000000002', '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001')
on conflict do nothing;

insert into service_vaccine (service_id, vaccine)
values ('5e1f0000-0000-4000-8000-000000000002', 'RABIES')
on conflict do nothing;

-- The demo technicians (ids of the demo Keycloak users): Cynthia gives both services Monday to Saturday and visits
-- homes around the Plateau; Julien trims nails Monday to Friday.
insert into staff_member (id, name, email, base_latitude, base_longitude, postal_prefixes)
values ('a0000000-0000-4000-8000-000000000002', 'Cynthia Lemay', 'cynthia@clientele.test', 45.5262, -73.5830,
        '{H2J,H2T,H2W,H2H}'),
       ('a0000000-0000-4000-8000-000000000001', 'Julien Béliveau', 'admin@clientele.test', null, null, '{}')
on conflict do nothing;

insert into staff_hours (staff_id, branch_id, day_of_week, starts, ends)
select s.staff, '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001'::uuid, d.n, time '09:00', time '17:00'
from (values ('a0000000-0000-4000-8000-000000000002'::uuid), ('a0000000-0000-4000-8000-000000000001'::uuid)) s(staff),
     generate_series(1, 5) d(n)
where not exists (select 1 from staff_hours h where h.staff_id = s.staff)
union all
select 'a0000000-0000-4000-8000-000000000002'::uuid, '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001'::uuid, 6, time '10:00',
       time '16:00'
where not exists (select 1 from staff_hours where staff_id = 'a0000000-0000-4000-8000-000000000002');

insert into service_staff (service_id, staff_id)
values ('5e1f0000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'),
       ('5e1f0000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000002'),
       ('5e1f0000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001')
on conflict do nothing;
