UNWIND $rows AS row
// The body and the article first (this batch wrote both): a row that went on after a MERGE but
// stopped at a later MATCH would be left out of the counts below.
MATCH (o:Organization {key: row.org_key})
MATCH (a:Article {id: row.article})
MERGE (p:Post {key: row.key})
ON CREATE SET p.title = row.title, p.organization = row.organization
MERGE (p)-[of:OF]->(o)
MERGE (a)-[m:MENTIONS]->(p)
SET m.evidence = row.evidence
RETURN count(p) AS nodes, count(of) + count(m) AS relationships
