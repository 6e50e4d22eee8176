-- An integrator's key may sell for a point of sale (a web shop, a kiosk): its writes are then
-- recorded on that point of sale and its carts follow that point of sale's hold delays.
alter table organisation.api_key add column point_of_sale_id uuid references organisation.point_of_sale (id);
