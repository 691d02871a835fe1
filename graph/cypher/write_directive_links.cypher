// One document that replaces, amends or implements another, as one article's sentence says: like a
// citation, one relationship per article (r.article), so re-loading that article removes exactly its own.
UNWIND $rows AS row
MATCH (a:Directive {key: row.from})
MATCH (b:Directive {key: row.to})
CREATE (a)-[r:REFERS_TO]->(b)
SET r.relation = row.relation, r.evidence = row.evidence, r.article = row.article
RETURN 0 AS nodes, count(r) AS relationships
