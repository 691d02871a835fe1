// The articles already stored under each incoming article's text id or source path.
// MERGE first: it locks the article's id (uniqueness constraint), so a second loader writing the same
// article waits here until the first commits, then sees it stored, and never writes it twice. The
// rows come sorted by id so that two loaders take these locks in one order.
UNWIND $articles AS row
MERGE (locked:Article {id: row.id})
WITH row
CALL (row) {
  MATCH (a:Article {id: row.id}) WHERE a.facts_hash IS NOT NULL
  RETURN a
  UNION
  MATCH (a:Article {source: row.source})
  RETURN a
}
RETURN row.id AS id, collect({id: a.id, source: a.source, facts_hash: a.facts_hash}) AS prior
