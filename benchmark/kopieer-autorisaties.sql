-- Benchmark seeding (nl.route071.benchmark.Rapportbenchmark), beside kopieer-voorstel.sql: with authorization on,
-- Camunda grants each candidate group of a task READ and TASK_WORK on that task (rows in act_ru_authorization with the
-- task id as resource id). kopieer-voorstel.sql does not copy those rows; this copies the grants of the template's
-- open tasks for copies van..tot, with the same id scheme (the UUID's node part becomes beef<g as 8 hex digits>), so
-- the copied tasks belong to the same groups as the template's and a griffier sees them as they see real tasks.
-- SYNTHETIC data for the benchmark only.
DROP FUNCTION IF EXISTS route071_bench_kopieer_autorisaties;
CREATE OR REPLACE FUNCTION route071_bench_kopieer_autorisaties(sjabloon text, van int, tot int)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  c record;
  kolommen text := '';
  waarden text := '';
  rijen bigint;
BEGIN
  FOR c IN SELECT column_name, data_type FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = 'act_ru_authorization' ORDER BY ordinal_position
  LOOP
    kolommen := kolommen || CASE WHEN kolommen = '' THEN '' ELSE ', ' END || quote_ident(c.column_name);
    waarden := waarden || CASE WHEN waarden = '' THEN '' ELSE ', ' END || CASE
      WHEN c.data_type IN ('character varying', 'text') THEN format(
        'regexp_replace(a.%1$I, ''([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}$'', '
        || '''\1beef'' || lpad(to_hex(g), 8, ''0''))', c.column_name)
      WHEN c.data_type LIKE 'timestamp%' THEN format('a.%I', c.column_name)
      ELSE format('a.%I', c.column_name) END;
  END LOOP;
  EXECUTE format('INSERT INTO act_ru_authorization (%s) SELECT %s FROM act_ru_authorization a, generate_series(%s, %s) g '
                 || 'WHERE a.resource_type_ = 7 AND a.resource_id_ IN (SELECT t.id_ FROM act_ru_task t JOIN act_hi_procinst p '
                 || 'ON p.id_ = t.proc_inst_id_ WHERE p.business_key_ = %L)', kolommen, waarden, van, tot, sjabloon);
  GET DIAGNOSTICS rijen = ROW_COUNT;
  RETURN rijen;
END $$;
