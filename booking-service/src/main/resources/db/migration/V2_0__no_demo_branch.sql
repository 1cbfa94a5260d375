-- Demo data belongs to the demo profile (db/demo/R__demo_catalogue.sql), never to production migrations: the demo
-- branch V1 inserted goes. Before this version no table can refer to a branch, so the delete never orphans anything.
delete
from branch
where id = '0b7d5a52-3c1e-4f4a-8a52-5d0c1f000001';
