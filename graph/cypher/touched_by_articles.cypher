// What the stored facts of these articles touch: re-checked once those facts are replaced.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN
  COLLECT { MATCH (a)-[:MENTIONS]->(n) RETURN elementId(n) } AS nodes,
  COLLECT { MATCH (a)<-[:ATTESTED_IN]-(o:Occupancy) RETURN o.key } AS occupancies,
  COLLECT { MATCH (a)-[:MENTIONS]->(d:Directive) RETURN d.key } AS directives,
  COLLECT { MATCH (a)-[:MENTIONS]->(c:Congress) RETURN c.key } AS congresses
