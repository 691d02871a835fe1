// One holding of a post per person and post; each article's sighting of it is one ATTESTED_IN.
UNWIND $rows AS row
MATCH (person:Person {key: row.person})
MATCH (post:Post {key: row.post})
MATCH (a:Article {id: row.article})
MERGE (o:Occupancy {key: row.occupancy})
MERGE (person)-[holds:HOLDS]->(o)
MERGE (o)-[in_post:IN_POST]->(post)
CREATE (o)-[r:ATTESTED_IN]->(a)
SET r.date = row.date,
    r.start = date(row.start),
    r.end = date(row.end),
    r.term = row.term,
    r.evidence = row.evidence
RETURN count(o) AS nodes, count(holds) + count(in_post) + count(r) AS relationships
