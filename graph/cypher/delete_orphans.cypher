// Nodes no stored article names any more.
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id AND NOT n:Article AND NOT n:Occupancy
  AND NOT EXISTS { (n)<-[:MENTIONS]-(:Article) }
DETACH DELETE n
