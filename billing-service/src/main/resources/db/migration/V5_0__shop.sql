-- The shop: products staff sell online and in store. Prices are CAD before taxes. The stock only ever changes
-- through guarded updates (stock - n where stock >= n), and the check below is the database's last word: it never
-- goes negative, whatever runs concurrently.
create table product
(
    id             uuid primary key,
    name_fr        text           not null check (length(name_fr) between 1 and 100),
    name_en        text           not null check (length(name_en) between 1 and 100),
    description_fr text           not null default '' check (length(description_fr) <= 2000),
    description_en text           not null default '' check (length(description_en) <= 2000),
    price          numeric(10, 2) not null check (price >= 0),
    taxable        boolean        not null,
    stock          integer        not null check (stock >= 0),
    active         boolean        not null default true,
    picture_type   text check (picture_type in ('image/jpeg', 'image/png')),
    created_at     timestamptz    not null default now(),
    updated_at     timestamptz    not null default now(),
    version        bigint         not null default 0
);

-- A product's picture, re-encoded from its pixels by the service (no metadata of the upload survives).
create table product_picture
(
    product_id   uuid primary key references product (id) on delete cascade,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png')),
    bytes        bytea       not null,
    uploaded_at  timestamptz not null
);

-- A client's cart: what they mean to buy, kept between visits (no personal data: ids and quantities).
create table cart_item
(
    client_id  uuid        not null,
    product_id uuid        not null references product (id) on delete cascade,
    quantity   integer     not null check (quantity between 1 and 99),
    added_at   timestamptz not null,
    primary key (client_id, product_id)
);
create index cart_item_product on cart_item (product_id);
