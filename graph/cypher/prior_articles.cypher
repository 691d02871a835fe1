// The articles already stored under each incoming article's text id or source path.
UNWIND $articles AS row
CALL (row) {
  MATCH (a:Article {id: row.id})
  RETURN a
  UNION
  MATCH (a:Article {source: row.source})
  RETURN a
}
RETURN row.id AS id, collect({id: a.id, source: a.source, facts_hash: a.facts_hash}) AS prior
