-- Benchmark seeding (nl.route071.benchmark.Tasklistbenchmark): copies every engine row of one proposal made by the
-- engine itself (the template, found by its business key) n times, so the copies are shaped exactly like the engine's
-- own rows. In each copy every generated id (a UUID) gets the node part beef<g as 8 hex digits> (same length, no
-- real engine makes it: its node part is the machine's network address), the business key becomes
-- <prefix><g, six digits>, and every timestamp moves <stap> back per copy. Definition ids, user and group ids stay.
-- alleen: the tables to copy, or NULL for every table that holds rows of the proposal.
DROP FUNCTION IF EXISTS route071_bench_kopieer;
CREATE OR REPLACE FUNCTION route071_bench_kopieer(sjabloon text, van int, tot int, prefix text, stap interval, alleen text[])
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  t record;
  c record;
  kolommen text;
  waarden text;
  voorwaarde text;
  rijen bigint;
  totaal bigint := 0;
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS bench_p (id_ varchar(64)) ON COMMIT DROP;
  TRUNCATE bench_p;
  INSERT INTO bench_p SELECT id_ FROM act_hi_procinst WHERE business_key_ = sjabloon;
  FOR t IN SELECT table_name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
             AND (table_name LIKE 'act\_ru\_%' OR table_name LIKE 'act\_hi\_%' OR table_name = 'act_ge_bytearray')
             AND table_name NOT IN ('act_ru_meter_log', 'act_ru_task_meter_log', 'act_hi_op_log', 'act_ru_authorization')
             AND (alleen IS NULL OR table_name = ANY (alleen))
           -- the rows others refer to by foreign key first
           ORDER BY CASE table_name WHEN 'act_ge_bytearray' THEN 0 WHEN 'act_ru_execution' THEN 1 WHEN 'act_ru_task' THEN 2
                    ELSE 3 END, table_name
  LOOP
    voorwaarde := NULL;
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = t.table_name AND column_name = 'proc_inst_id_') THEN
      voorwaarde := 'proc_inst_id_ IN (SELECT id_ FROM bench_p)';
    ELSIF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = t.table_name AND column_name = 'process_instance_id_') THEN
      voorwaarde := 'process_instance_id_ IN (SELECT id_ FROM bench_p)';
    ELSIF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = t.table_name AND column_name = 'root_proc_inst_id_') THEN
      voorwaarde := 'root_proc_inst_id_ IN (SELECT id_ FROM bench_p)';
    END IF;
    IF t.table_name = 'act_ru_identitylink' THEN
      voorwaarde := 'task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN (SELECT id_ FROM bench_p))';
    ELSIF t.table_name = 'act_ge_bytearray' THEN
      voorwaarde := 'root_proc_inst_id_ IN (SELECT id_ FROM bench_p) OR id_ IN (SELECT bytearray_id_ FROM act_ru_variable '
                 || 'WHERE proc_inst_id_ IN (SELECT id_ FROM bench_p))';
    END IF;
    CONTINUE WHEN voorwaarde IS NULL;
    kolommen := '';
    waarden := '';
    FOR c IN SELECT column_name, data_type FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = t.table_name ORDER BY ordinal_position
    LOOP
      kolommen := kolommen || CASE WHEN kolommen = '' THEN '' ELSE ', ' END || quote_ident(c.column_name);
      waarden := waarden || CASE WHEN waarden = '' THEN '' ELSE ', ' END || CASE
        -- definition and deployment ids stay; any other value ending in a UUID (ids, and activity instance ids
        -- such as CallActivity_Uitvoering:<uuid>) gets the copy's suffix
        WHEN c.data_type IN ('character varying', 'text') AND (c.column_name LIKE '%def\_%' OR c.column_name LIKE '%req\_%'
             OR c.column_name IN ('deployment_id_', 'tenant_id_')) THEN quote_ident(c.column_name)
        WHEN c.data_type IN ('character varying', 'text') THEN format(
          'CASE WHEN %1$I = %2$L THEN %3$L || lpad(g::text, 6, ''0'') '
          || 'ELSE regexp_replace(%1$I, ''([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}$'', '
          || '''\1beef'' || lpad(to_hex(g), 8, ''0'')) END',
          c.column_name, sjabloon, prefix)
        WHEN c.data_type LIKE 'timestamp%' THEN format('%I - g * %L::interval', c.column_name, stap)
        ELSE quote_ident(c.column_name) END;
    END LOOP;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I, generate_series(%s, %s) g WHERE %s',
                   t.table_name, kolommen, waarden, t.table_name, van, tot, voorwaarde);
    GET DIAGNOSTICS rijen = ROW_COUNT;
    totaal := totaal + rijen;
  END LOOP;
  RETURN totaal;
END $$;
