// Loaded into the built server by the benchmark only (`node -r`): records the SQL statements the
// server sends to PostgreSQL, with their parameters, between two messages of the benchmark over the
// IPC channel ({ capture: 'start' } then { capture: 'stop' }, answered with { statements }). The
// server's own code is unchanged; without the benchmark's IPC channel this does nothing.
const pg = require('pg');

if (process.send) {
  let recording = null;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function captured(config, values, callback) {
    if (recording && config) {
      const text = typeof config === 'string' ? config : config.text;
      const params = Array.isArray(values) ? values : (config.values ?? []);
      if (text) recording.push({ text, params });
    }
    return query.apply(this, arguments);
  };
  process.on('message', (message) => {
    if (message?.capture === 'start') recording = [];
    if (message?.capture === 'stop') {
      process.send({ statements: recording ?? [] });
      recording = null;
    }
  });
}
