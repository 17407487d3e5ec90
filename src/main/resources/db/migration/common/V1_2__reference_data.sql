-- Reference data from shared/domain/organisations.csv: the four health clusters with their hospitals and
-- municipalities (public facts), plus psychiatry and general practice, which serve all four clusters.
-- 'inferred' marks a membership the source list infers rather than publishes.

insert into health_cluster (code, name) values ('FYN', 'Fyn');
insert into health_cluster (code, name) values ('LILLEBAELT', 'Lillebælt');
insert into health_cluster (code, name) values ('SYDVESTJYLLAND', 'Sydvestjylland');
insert into health_cluster (code, name) values ('SOENDERJYLLAND', 'Sønderjylland');

insert into organisation (code, name, kind, sector, source) values ('ODENSE_UNIVERSITETSHOSPITAL_INCL_SVENDBORG', 'Odense Universitetshospital (incl. Svendborg)', 'HOSPITAL', 'REGION', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('ODENSE_KOMMUNE', 'Odense Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('ASSENS_KOMMUNE', 'Assens Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('FAABORG_MIDTFYN_KOMMUNE', 'Faaborg-Midtfyn Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('KERTEMINDE_KOMMUNE', 'Kerteminde Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('LANGELAND_KOMMUNE', 'Langeland Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('NORDFYNS_KOMMUNE', 'Nordfyns Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('NYBORG_KOMMUNE', 'Nyborg Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('SVENDBORG_KOMMUNE', 'Svendborg Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('AEROE_KOMMUNE', 'Ærø Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('SYGEHUS_LILLEBAELT', 'Sygehus Lillebælt', 'HOSPITAL', 'REGION', 'published');
insert into organisation (code, name, kind, sector, source) values ('FREDERICIA_KOMMUNE', 'Fredericia Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('KOLDING_KOMMUNE', 'Kolding Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('MIDDELFART_KOMMUNE', 'Middelfart Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('VEJLE_KOMMUNE', 'Vejle Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('SYDVESTJYSK_SYGEHUS', 'Sydvestjysk Sygehus', 'HOSPITAL', 'REGION', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('ESBJERG_KOMMUNE', 'Esbjerg Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('FANOE_KOMMUNE', 'Fanø Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('VARDE_KOMMUNE', 'Varde Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('VEJEN_KOMMUNE', 'Vejen Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('BILLUND_KOMMUNE', 'Billund Kommune', 'MUNICIPALITY', 'KOMMUNE', 'inferred');
insert into organisation (code, name, kind, sector, source) values ('SYGEHUS_SOENDERJYLLAND', 'Sygehus Sønderjylland', 'HOSPITAL', 'REGION', 'published');
insert into organisation (code, name, kind, sector, source) values ('HADERSLEV_KOMMUNE', 'Haderslev Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('AABENRAA_KOMMUNE', 'Aabenraa Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('SOENDERBORG_KOMMUNE', 'Sønderborg Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('TOENDER_KOMMUNE', 'Tønder Kommune', 'MUNICIPALITY', 'KOMMUNE', 'published');
insert into organisation (code, name, kind, sector, source) values ('PSYKIATRIEN_I_REGION_SYDDANMARK', 'Psykiatrien i Region Syddanmark', 'PSYCHIATRY', 'REGION', 'published');
insert into organisation (code, name, kind, sector, source) values ('ALMEN_PRAKSIS_PLO_SYDDANMARK', 'Almen praksis (PLO Syddanmark)', 'GENERAL_PRACTICE', 'ALMEN_PRAKSIS', 'published');

insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'ODENSE_UNIVERSITETSHOSPITAL_INCL_SVENDBORG' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'ODENSE_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'ASSENS_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'FAABORG_MIDTFYN_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'KERTEMINDE_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'LANGELAND_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'NORDFYNS_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'NYBORG_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'SVENDBORG_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'AEROE_KOMMUNE' and c.code = 'FYN';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'SYGEHUS_LILLEBAELT' and c.code = 'LILLEBAELT';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'FREDERICIA_KOMMUNE' and c.code = 'LILLEBAELT';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'KOLDING_KOMMUNE' and c.code = 'LILLEBAELT';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'MIDDELFART_KOMMUNE' and c.code = 'LILLEBAELT';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'VEJLE_KOMMUNE' and c.code = 'LILLEBAELT';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'SYDVESTJYSK_SYGEHUS' and c.code = 'SYDVESTJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'ESBJERG_KOMMUNE' and c.code = 'SYDVESTJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'FANOE_KOMMUNE' and c.code = 'SYDVESTJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'VARDE_KOMMUNE' and c.code = 'SYDVESTJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'VEJEN_KOMMUNE' and c.code = 'SYDVESTJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'BILLUND_KOMMUNE' and c.code = 'SYDVESTJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'SYGEHUS_SOENDERJYLLAND' and c.code = 'SOENDERJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'HADERSLEV_KOMMUNE' and c.code = 'SOENDERJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'AABENRAA_KOMMUNE' and c.code = 'SOENDERJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'SOENDERBORG_KOMMUNE' and c.code = 'SOENDERJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'TOENDER_KOMMUNE' and c.code = 'SOENDERJYLLAND';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'PSYKIATRIEN_I_REGION_SYDDANMARK';
insert into organisation_cluster (organisation_id, cluster_id) select o.id, c.id from organisation o, health_cluster c where o.code = 'ALMEN_PRAKSIS_PLO_SYDDANMARK';

-- The agreement's sections, as editable topics.
insert into topic (code, name_da, name_en, sort_order) values ('ADMISSION', 'Indlæggelse', 'Admission', 10);
insert into topic (code, name_da, name_en, sort_order) values ('DISCHARGE', 'Udskrivning', 'Discharge', 20);
insert into topic (code, name_da, name_en, sort_order) values ('OUTPATIENT', 'Ambulant forløb', 'Outpatient course', 30);
insert into topic (code, name_da, name_en, sort_order) values ('EMERGENCY', 'Akutmodtagelse', 'Emergency department', 40);
insert into topic (code, name_da, name_en, sort_order) values ('COMMUNICATION', 'Kommunikation og MedCom-meddelelser', 'Communication and MedCom messages', 50);
insert into topic (code, name_da, name_en, sort_order) values ('PRINCIPLES', 'Grundprincipper', 'Basic principles', 60);
insert into topic (code, name_da, name_en, sort_order) values ('OTHER', 'Andet', 'Other', 70);
