-- MEDIAN as an aggregate, as HSQLDB has it built in, so the overview's SQL is one statement on both databases
-- (no dialect switch in Java). Nulls are ignored and the two middle values of an even count are interpolated:
-- the same as PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x), which the final function computes. No rows, or
-- only nulls: null.
create function reporting_median_final(state double precision[]) returns double precision
    language sql immutable parallel safe
    as 'select percentile_cont(0.5) within group (order by v) from unnest(state) v';

create aggregate median(double precision) (
    sfunc = array_append,
    stype = double precision[],
    finalfunc = reporting_median_final,
    initcond = '{}'
);
