// name: organization
// description: >
//   One body: the bodies it is part of, its parts, the party organisation it is the committee of
//   (and back), its posts with how many held each, and the congresses it held.
// params:
//   organization: {type: name, description: "the body's name or key", example: "Đảng ủy Bộ Ngoại giao"}
MATCH (o:Organization {key: $organization})
RETURN o.key AS key,
       o.name AS name,
       o.kind AS kind,
       COLLECT { MATCH (o)-[:PART_OF]->(x) RETURN {key: x.key, name: x.name} ORDER BY x.name } AS part_of,
       COLLECT { MATCH (x)-[:PART_OF]->(o) RETURN {key: x.key, name: x.name} ORDER BY x.name } AS parts,
       COLLECT { MATCH (o)-[:EXECUTIVE_OF]->(x) RETURN {key: x.key, name: x.name} ORDER BY x.name } AS executive_of,
       COLLECT { MATCH (x)-[:EXECUTIVE_OF]->(o) RETURN {key: x.key, name: x.name} ORDER BY x.name } AS executives,
       COLLECT {
         MATCH (post:Post)-[:OF]->(o)
         RETURN {key: post.key, title: post.title, holders: COUNT { (:Occupancy)-[:IN_POST]->(post) }}
         ORDER BY post.title
       } AS posts,
       COLLECT {
         MATCH (c:Congress)-[:OF]->(o)
         RETURN {key: c.key, name: c.name, ordinal: c.ordinal, term: c.term} ORDER BY c.ordinal
       } AS congresses
