UNWIND $rows AS row
// prior_articles.cypher has already created a new article's node (bare, to lock its id).
MERGE (a:Article {id: row.id})
SET a.source = coalesce(a.source, row.source),
    a.title = row.title,
    a.published = row.published,
    a.published_start = date(row.published_start),
    a.published_end = date(row.published_end),
    a.facts_hash = row.facts_hash
// MERGE executions, for the load summary (those that created nothing matched a node already there).
RETURN count(a) AS nodes, 0 AS relationships
