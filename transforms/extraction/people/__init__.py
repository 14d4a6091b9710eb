"""People and roles: a `DocumentContext` in, `RoleMention`s out: every official named with a title, one mention per
(name, role), each role coded as (position, organization_type, level); an official named with no current role (a
former title, a post taken away, the one replaced) is one mention with no position. Titles are read by `titles` (a
stacked title split into roles, each role's words coded by `title_codes`) from the word tables of
`title_vocabulary`, `body_vocabulary` and `prefix_vocabulary`; `lines` reads the people of one line, with
`line_lists` (titles shared by lists), `appointments` and `memberships` (posts and committee seats given),
`removals` (posts taken away); `standing` decides, over the article, which posts still stand.

Entry point: `extract_roles`.
"""

from transforms.extraction.people.extract import extract_roles

__all__ = ["extract_roles"]
