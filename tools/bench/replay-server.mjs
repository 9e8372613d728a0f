// The physical limit beside each GraphQL figure: a bare node:http server with a pg pool of 16
// that, for each request, sends the statements one GraphQL request sent (captured from the server
// by tools/bench/sql-capture.cjs), same text and parameters, one after the other on one connection,
// and answers every row as JSON. For votes it also sends the least SQL a vote needs: the session
// check and the one statement of apps/api/src/modules/votes/vote-statements.ts, for a random
// person and idea.
//   node tools/bench/replay-server.mjs <database url> <scenarios.json> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pg = require('pg');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { VOTE_SQL, UNVOTE_SQL } = require(
  join(ROOT, 'dist/apps/api/apps/api/src/modules/votes/vote-statements.js'),
);

const [databaseUrl, scenariosFile, port] = process.argv.slice(2);
const scenarios = JSON.parse(readFileSync(scenariosFile, 'utf8'));
const pool = new pg.Pool({ connectionString: databaseUrl, max: 16 });
const SESSION_SQL = `SELECT u.role FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`;

async function replay(statements) {
  const client = await pool.connect();
  try {
    const out = [];
    for (const s of statements) out.push((await client.query(s.text, s.params)).rows);
    return out;
  } finally {
    client.release();
  }
}

async function leastVote({ people, ideas }) {
  const person = people[Math.floor(Math.random() * people.length)];
  const idea = ideas[Math.floor(Math.random() * ideas.length)];
  const session = await pool.query(SESSION_SQL, [person.sid, person.id]);
  if (!session.rows[0]) throw new Error('no session');
  const sql = Math.random() < 0.5 ? VOTE_SQL : UNVOTE_SQL;
  return (await pool.query(sql, [idea, person.id, false, true])).rows;
}

createServer((req, res) => {
  const name = req.url.slice(1);
  const scenario = scenarios[name];
  req.resume();
  req.on('end', async () => {
    try {
      if (!scenario) throw new Error(`no scenario ${name}`);
      const rows = scenario.kind === 'vote' ? await leastVote(scenario) : await replay(scenario.statements);
      const body = JSON.stringify({ data: rows });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
