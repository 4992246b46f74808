"""The stages of one article's extraction, one module each, in the order `accords.extract` runs
them:

1. `lead`: where the body starts after the headline and dateline, and the dateline's place;
2. `parse`: the spaCy parse (`accords.nlp`), block by block for long texts;
3. actors (`accords.resolve.actors`); `nationality.describe_people`: people's countries from
   the words describing them; then agreements and events (`accords.code`);
4. `nationality`: the countries of people the article implies but does not state;
5. `linking`: the events the agreements stand for (signing, agreeing, talks) and the visit or
   meeting each was signed at;
6. `selection`: the actors a careful analyst would list;
7. `settings`: each event's and agreement's date and place (`accords.resolve.dates`,
   `accords.resolve.places`);
8. `record`: the drafts as an `accords.model.Record`.

Each stage is a function or a small class with its inputs as arguments, so it can be run and
tested on its own; the stages that settle actors' countries write them into the `ActorTable`
that every later stage reads.
"""
