// Drop the older versions of articles whose source now holds another text.
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
