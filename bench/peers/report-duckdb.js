// DuckDB's per-channel, per-month summary of the replies CSV that `ssla report` measures (scripts/bench-report.sh):
// rows, answered, median and p90 of the wall-clock time to first reply. DuckDB has no notion of staffed hours, so
// this is the simpler query; ssla also measures every row against the schedule. Prints the result rows as JSON.
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');

(async () => {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const csv = process.argv[2].replaceAll("'", "''");
  const result = await connection.runAndReadAll(`
    SELECT channel, strftime(date_trunc('month', received_at AT TIME ZONE 'UTC'), '%Y-%m') AS month,
           count(*) AS received, count(first_reply_at) AS answered,
           median(epoch(first_reply_at) - epoch(received_at)) AS median_s,
           quantile_cont(epoch(first_reply_at) - epoch(received_at), 0.9) AS p90_s
    FROM read_csv('${csv}', header = true,
                  columns = {'conversation': 'VARCHAR', 'channel': 'VARCHAR', 'received_at': 'TIMESTAMPTZ', 'first_reply_at': 'TIMESTAMPTZ'})
    GROUP BY ALL ORDER BY ALL`);
  const rows = result.getRowObjectsJson();
  console.log(JSON.stringify({ groups: rows.length, rows: rows.reduce((n, r) => n + Number(r.received), 0) }));
})();
