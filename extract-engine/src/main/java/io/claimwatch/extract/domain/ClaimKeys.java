package io.claimwatch.extract.domain;

import io.claimwatch.ingest.domain.StoryDateline;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys claims: what a claim measures (the kind counted and what happened to it, whose, the unit)
 * from its counted phrase, tagged and lemmatised by OpenNLP ("servicemen" → "serviceman",
 * "captured" → "capture"), else from the words of its clause; and which event it is about: the
 * article's {@link EventFrame} unless its own sentence names another (a kind of event dated apart
 * from the article's, another event name, or a place the article's is not). Lexicons in
 * {@code keys/} map words to concepts. Thread-safe; the counted phrases are tagged by {@link PhraseTagger}.
 * Only the counted phrase (a few words) is tagged: tagging whole sentences would cost several times
 * the rest of the engine.
 */
public final class ClaimKeys {

  /** Units of shares, and the words that name them, which say nothing of what the share is of. */
  private static final Set<String> SHARE_UNITS = Lexicon.keyedWords("unit-classes.txt", "share");
  private static final Set<String> SHARE_WORDS = PhraseKinds.SHARE_WORDS;
  /** Universal POS tags of words that can head a counted noun phrase. */
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM", "X", "SYM");

  /** The kinds kinds.txt names; a kind not among them is a noun of the phrase, read as a last resort. */
  private final Set<String> knownKinds = new java.util.HashSet<>();
  private final PhraseTagger tagger;
  private final ConceptLexicon kinds = ConceptLexicon.load("/keys/kinds.txt");
  private final ConceptLexicon events = ConceptLexicon.load("/keys/events.txt");
  private final ConceptLexicon impliedEvents = ConceptLexicon.load("/keys/implied-events.txt");
  private final ConceptLexicon roleEvents = ConceptLexicon.load("/keys/role-events.txt");
  private final ConceptLexicon eventNouns = ConceptLexicon.load("/keys/event-nouns.txt");
  private static final Set<String> PEOPLE_KINDS = PhraseKinds.PEOPLE_KINDS;
  private final ConceptLexicon parties = ConceptLexicon.load("/keys/parties.txt");
  private final ConceptLexicon measureKinds = ConceptLexicon.load("/keys/measure-kinds.txt");
  private final ConceptLexicon measurePhrases = ConceptLexicon.load("/keys/measure-phrases.txt");
  private final ConceptLexicon causeMeasures = ConceptLexicon.load("/keys/cause-measures.txt");
  private final ConceptLexicon nominalAdjectives = ConceptLexicon.load("/keys/nominal-adjectives.txt");
  private final ConceptLexicon causeFamilies = ConceptLexicon.load("/keys/cause-families.txt");
  /** One measure in several units ("acres", "square miles", "hectares") keyed under one unit: keys/unit-measures.txt. */
  private final ConceptLexicon unitMeasures = ConceptLexicon.load("/keys/unit-measures.txt");
  private final FigureMeasures figureMeasures = new FigureMeasures();
  /** Parts of a count, breakdowns and forecasts, keyed apart from the whole: keys/parts.txt. */
  private final KeyParts parts = new KeyParts();
  private final MoneyMeasures moneyMeasures = new MoneyMeasures(parties);
  private final VoteHolders voteHolders = new VoteHolders();
  /** The units that are money ("USD", "GBP"). */
  private final Set<String> currencyCodes = Lexicon.get().currencyCodes;
  /** The kind a counted phrase names. */
  private final PhraseKinds phraseKinds = new PhraseKinds(kinds, events, eventNouns, parties);
  private final FrameReader frames;
  private final PlaceFinder places;
  private final SentenceReadings sentences;
  private final EventSites sites;
  /** Whether the article reports a trial over its event (proceeding-past-event). */
  private final Proceedings proceedings;
  /** Where the article writes a word of {@code events} inside a body's name (key.event-in-name), read once an article. */
  private final PerArticle<java.util.Set<Integer>> namedEventWords = new PerArticle<>(text -> BodyNameWords.of(text, events));

  private ClaimKeys(PhraseTagger tagger, TimeResolver time, Sentences sentences) {
    this.tagger = tagger;
    kinds.forEach((word, concept) -> knownKinds.add(concept));
    this.places = new PlaceFinder(Gazetteer.get(), ConceptLexicon.load("/keys/not-place-names.txt"));
    this.frames = new FrameReader(places, time);
    this.sentences = new SentenceReadings(frames, places);
    this.sites = new EventSites(places, frames, causeFamilies, sentences);
    this.proceedings = new Proceedings(sentences);
  }

  /**
   * Loads the English POS and lemmatizer models (opennlp-models-*-en on the class path) and the lexicons; the article's
   * headline and lead are read from the sentences {@code sentences} splits.
   */
  public static ClaimKeys create(TimeResolver time, Sentences sentences) {
    return new ClaimKeys(PhraseTagger.load(), time, sentences);
  }

  /** The article's event frame; {@code dateline} is the story's dateline, or null. */
  EventFrame frame(String text, List<Sentences.Sentence> ss, TimeResolver.Context ctx, LocalDate pub, StoryDateline dateline) {
    return frames.read(text, ss, ctx, pub, dateline);
  }

  /** Where the article writes a word of {@code events} inside a body's name ("the Fire Department"), read once an article. */
  java.util.Set<Integer> namedEventWords(String text) {
    return namedEventWords.of(text);
  }

  /** The scope words of the sites of the strikes the article tells apart ("#nuseirat"); empty if none. */
  java.util.Set<String> sites(String text) {
    return sites.scopes(text);
  }

  /**
   * A claim's key, whether it is about another event than the article's (background), and its
   * counted phrase made a noun phrase: where the phrase has no noun ("killed", "dead"), the
   * measure's own phrase ("people killed"), else empty.
   *
   * @param at where the claim stands in the text
   * @param own the event dates the claim's sentence gives (either may be null)
   */
  Keyed key(String counted, String text, Position at, String unit, EventFrame frame, TimeResolver.EventDates own, LocalDate pub) {
    int cs = at.clauseStart(), ce = at.clauseEnd(), ss = at.sentenceStart(), se = at.sentenceEnd();
    int figureStart = at.figureStart(), figureEnd = at.figureEnd(), hedgeStart = at.hedgeStart();
    // "pct rise in exports": the share of a change counts exports, and what happened to them is the change
    Matcher change = SHARE_CHANGE.matcher(counted == null ? "" : counted);
    String changed = change.matches() ? change.group(1) : null;
    PhraseTagger.Tagged c = tagger.tag(changed != null ? change.group(2) : counted == null ? "" : counted);
    String after = text.substring(figureEnd, Math.max(figureEnd, Math.min(ce, figureEnd + 60)));
    String before = text.substring(Math.max(ss, hedgeStart - 40), hedgeStart);   // read by event-noun-of and the facets
    if (!hasNoun(c)) {
      // "44 of 55 counties": the noun after the whole counts the part too
      Matcher of = OF_WHOLE_NOUN.matcher(after);
      if (of.find()) {
        counted = of.group(1);
        c = tagger.tag(counted);
      }
    }
    String kind = phraseKinds.of(c), read = kind;
    if ("lb".equals(unit) && "money".equals(kind) && PoundsReading.weighsAThing(counted)) kind = read = "lb";   // pounds-weight
    String event = changed != null ? changed : PhraseEvents.of(events, c.lemmas());
    if (event == null) event = EventSenses.first(events, c.words());   // event-word-compound: "trade unions" no exchange
    if (event == null) event = impliedEvents.first(c.lemmas());
    // fatal-adverb: "three people were fatally shot" counts the dead, though its phrase ("people shot") lost the adverb
    if ("injure".equals(event) && PhraseEvents.fatalAfter(events, FrameReader.words(text, figureEnd, Math.max(figureEnd, Math.min(ce, se))))) event = "kill";
    boolean whole = WHOLE_BEFORE.matcher(text.substring(Math.max(ss, figureStart - 30), figureStart)).find();
    boolean share = SHARE_UNITS.contains(unit) || !c.words().isEmpty() && SHARE_UNITS.contains(c.words().get(0));
    // standing-count: "a pay rise for 33,000 cabin crew", "the mines employ 10,000": members or a workforce, of no event
    if (event == null && !whole && !share && (kind.isEmpty() || PEOPLE_KINDS.contains(kind)) && !parts.standing(before)) {
      // what happened to the people counted: from the clause after the figure, then before it
      // ("About 200 people are feared dead ... but almost 350 passengers were plucked to safety"), else
      // from the rest of the sentence ("At least 16 people, including nine soldiers, were killed"), else
      // from its start; before the figure, the word nearest it ("7 missing as a vessel carrying 27 sinks": 27 aboard)
      int from = Math.max(cs, ss), to = Math.min(ce, se);
      // event-noun-of, verb-before-figure first: "the deaths of 57 villagers ... and the wounding of", "carrying 543 people"
      event = KeyFacet.eventBefore(events, before);
      java.util.Set<Integer> names = namedEventWords(text);
      if (event == null) event = EventSenses.first(events, FrameReader.words(text, Math.min(figureEnd, to), to, names));
      if (event == null) event = EventSenses.last(events, FrameReader.words(text, from, Math.max(from, figureStart), names));
      if (event == null) event = EventSenses.first(events, FrameReader.words(text, figureEnd, se, names));
      if (event == null) event = EventSenses.first(events, FrameReader.words(text, ss, figureEnd, names));
      // "floodwaters claim three soldiers' lives": a noun whose count is of those killed, after the figure
      if (event == null) event = WordForms.first(impliedEvents, FrameReader.words(text, Math.min(figureEnd, to), to));
      // passengers-aboard: passengers of whom the sentence says nothing happened are those aboard ("with 463 passengers")
      if (event == null) event = roleEvents.first(c.lemmas());
    }
    // vote-on-strike: "is balloting its 9,000 members on strike action": a strike the clause puts to a vote is a vote
    int cut = Math.max(cs, ss);
    if ("strike".equals(event) && "vote".equals(WordForms.last(events, FrameReader.words(text, cut, Math.max(cut, figureStart))))) event = "vote";
    if (event == null || "magnitude".equals(kind)) event = "";   // "a 7.8 magnitude earthquake killed 77": the magnitude is the quake's
    TallyKeys.Measure closed = TallyKeys.closed(kind, event, c.lemmas(), unit);   // body-closed: "25 banks were seized" is no capture
    kind = closed.kind(); event = closed.event();
    if (kind.isEmpty() && !hasNoun(c)) kind = MisreadNouns.kind(c, after, events);   // misread-noun: "seven other peopled died"
    EconomicFigures.Measure indicator = EconomicFigures.measureOf(counted);   // "jobless total", "people out of work": one measure
    if (indicator != null) { kind = indicator.kind(); event = indicator.event(); }
    String implied = event.isEmpty() ? null : measureKinds.first(List.of(event));
    // "Earthquake kills 120", "Wildfire in the Kesh hills kills 61": a measure of people counts
    // people, whatever other noun the phrase holds
    if ("person".equals(implied) && !kind.isEmpty() && (!knownKinds.contains(kind)
        || !causeWord(text, kind).isEmpty() && "person".equals(measureKinds.first(List.of(eventBefore(text, hedgeStart)))))) kind = "person";
    // "200 members of the West Virginia National Guard": members of a body are counted as that body's
    Matcher members = MEMBERS_OF.matcher(counted == null ? "" : counted);
    if (members.find()) kind = members.group(1).trim().toLowerCase(Locale.ROOT);
    if ("power".equals(implied)) kind = "";
    String party = partyOf(c.words());
    String shareOf = null;
    boolean shareOfNoun = share && !kind.isEmpty() && kind.equals(read) && PhraseKinds.opensWithShareOf(c);   // share-of-noun's kind, as read: the name before it holds the share
    if (party == null && share && (kind.isEmpty() || SHARE_WORDS.contains(kind) || shareOfNoun)) {   // "Labour 37 pct of the votes" too
      // "Labour 37 pct and the Alliance 23 pct": a share with no noun of its own is the share of the name before it
      shareOf = FigureSurroundings.nameBefore(text, cs, figureStart);
      party = shareOf == null ? null : voteHolders.person(text, shareOf);   // "Teodoro 41%": the "Teodoro Benitez" of the story
    }
    // vote-holder: "Rivas received 48.5% of the votes", "the Liberal Party 30" seats: the candidate's or party's result; a
    // whole is no one's ("75 of the 125 seats", "a 125-seat legislature": chamber-size)
    if (party == null && !whole && !KeyFacet.chamberSize(after) && voteHolders.counts(kind, event)) party = voteHolders.of(text, at);

    // the event: the article's, unless the sentence names another
    SentenceReadings.Reading sentence = sentences.of(text, ss, se);
    List<String> sentenceCauses = sentence.causes();
    String cause = sentenceCauses.contains(frame.cause()) || sentenceCauses.isEmpty() ? frame.cause() : sentenceCauses.get(0);
    EventFrame.Span span = EventKinds.span(cause);
    String sentenceName = sentence.eventName();
    boolean titleCase = sentence.titleCase();
    // the places of the figure's own part of its clause ("the toll in Angur Adar rose to 23 and the toll in
    // Teri Mangal rose to 81"), else of its clause, else of its sentence
    int segFrom = Math.max(cs, at.segmentStart()), segTo = Math.min(ce, at.segmentEnd());
    Places sentencePlaces = segFrom < segTo ? places.located(text, segFrom, segTo, titleCase) : Places.NONE;
    if (sentencePlaces.isEmpty()) sentencePlaces = ListedPlaces.rankedWith(places, text, segFrom, hedgeStart);   // ranked-with: "followed by Yalova with 2,400"
    if (sentencePlaces.isEmpty()) sentencePlaces = ListedPlaces.lineHead(places, text, ss, hedgeStart);   // list-line-head: "Izmit 4,179 dead, 10,759 injured"
    if (sentencePlaces.isEmpty() && cs > ss && WHERE_CLAUSE.matcher(text).region(cs, ce).lookingAt()
        && text.substring(Math.max(ss, cs - 3), cs).strip().endsWith(",")) {
      // "Greenbrier County in the southeast of the state, where 15 deaths have been reported": the place before
      sentencePlaces = places.find(text, Math.max(ss, cs - 60), cs, true);
    }
    if (sentencePlaces.isEmpty()) sentencePlaces = places.located(text, cs, ce, titleCase);
    if (sentencePlaces.isEmpty()) sentencePlaces = sentence.located();
    if (sentencePlaces.isEmpty() && at.previousSentenceStart() >= 0 && sentence.introducesEvent()) {
      // "...a pair of deadly quakes shook southwestern Japan. At least 41 people were killed in a magnitude-6.5
      // earthquake Thursday": an event the sentence introduces is the one the sentence before named
      sentencePlaces = places.find(text, at.previousSentenceStart(), ss, false).beyond(frame.places());
      if (sentenceName.isEmpty()) sentenceName = EventNames.of(text, at.previousSentenceStart(), ss);
    }
    // "we fear that up to 300 people died in napo": copy in lower case names a division of the article's country
    if (sentencePlaces.divisions().isEmpty()) sentencePlaces = sentencePlaces.union(places.lowerCaseDivisions(text, cs, ce, frame.places().countries()));
    // a figure of another country's event ("41 were killed in quakes in Japan" in a report on Ecuador)
    boolean background = sentencePlaces.apartFrom(frame.places()), placeApart = background, sharePrice = CountedShareMovers.shareOwner(counted) != null;
    KeyWindows.Dated dated = KeyWindows.of(text, ss, se, frame, own, pub, sentenceCauses, span, background, sharePrice ? "price" : kind, proceedings.past(text), at.heldOff(), at.traded());
    background = dated.background();
    boolean datedApart = dated.datedApart(), periodTotal = dated.periodTotal();
    PartialDate ownStart = dated.ownStart();
    String name = frame.eventName();
    if (!sentenceName.isEmpty() && !sentenceName.equals(frame.eventName())) {
      name = sentenceName;
      background = true;
    }
    name = OtherEventNames.of(text, ss, hedgeStart, StrikeNames.ownStrikers(counted, name));   // own-strikers; another-of-kind ("a larger blaze that")
    // a place the sentence names beyond the article's is the scope of a part of the event ("Three
    // deaths occurred in Kanawha County" in a report of West Virginia's floods): another quantity
    // an event dated apart that its sentence places nowhere is not where the article's happened: its place is open
    Places where = sentencePlaces.isEmpty() ? (datedApart ? Places.NONE : frame.places())
        : background ? sentencePlaces.withoutScope() : frame.places().narrowedTo(sentencePlaces).withScope(sentencePlaces);
    where = RegionFigures.of(text, ss, se, frame.places(), where);   // region-figure: "killed hundreds ... across South Asia"
    if (where != frame.places() && !where.divisions().equals(frame.places().divisions()) && sentenceName.isEmpty()) {
      name = "";   // one of the article's events, in one of its places: not the name the article's lead gave
    }
    // frame.loose-kind: another kind's own date sets its figures apart, unless that kind is a looser word for the
    // article's ("88 arrested after Wednesday's clashes" in a report of a riot) dated within its window
    if (!cause.equals(frame.cause()) && !sentenceCauses.isEmpty() && !frame.cause().isEmpty()
        && !(LooseKinds.sameEvent(frame.cause(), sentenceCauses) && !datedApart)) background = background || ownStart != null;
    // another kind of event named in a sentence of the article's own event is a part of it ("4,600 injured
    // in the quake and the landslides it set off"), not another event
    if (!background && !frame.cause().isEmpty()) cause = frame.cause();
    // what an area, a magnitude ... counts in an event of this kind: "8,000 acres" of a fire burned,
    // "a 7.8 quake" its magnitude
    if (event.isEmpty() && !kind.isEmpty()) {
      String measured = causeMeasures.first(List.of(cause + "/" + kind));
      if (measured != null) event = measured;
    }
    if ("earthquake".equals(cause) && causeWord(text, kind).equals(cause)) {
      if (MAGNITUDE_FIGURE.matcher(text.substring(figureStart, figureEnd)).matches()) {
        kind = "magnitude";
        event = "";
      }
    }
    String phrase = counted == null ? "" : counted;
    if (share && shareOf != null && c.words().size() <= 1) {
      phrase = shareOf + " share (" + phrase + ")";   // "Labour 37 pct": "Labour share (pct)"
    } else if (!hasNoun(c)) {
      String measure = kind.isEmpty() ? event : event.isEmpty() ? kind : kind + "/" + event;
      String fallback = measurePhrases.entryOf(measure);
      if (fallback == null && kind.isEmpty() && "person".equals(implied)) fallback = measurePhrases.entryOf("person/" + event);
      if (fallback == null && !unit.isEmpty()) fallback = measurePhrases.entryOf(unit);   // "$7 billion": "US dollars"
      phrase = fallback == null ? "" : fallback;
      if ("person".equals(implied) && (kind.isEmpty() || kind.equals("person")) && event.equals(WordForms.first(events, c.words()))) {
        // "feared dead", "REPORTED DEAD": the people the phrase's own words say what happened to
        phrase = "people " + (counted.equals(counted.toUpperCase(Locale.ROOT)) ? counted.toLowerCase(Locale.ROOT) : counted);
      }
    }
    // "260,000 bpd" pumped: unit barrel/day, kind barrel, event output; "6.5 on the Richter scale": magnitude; "12 miles deep"
    FigureMeasures.Measure measured = figureMeasures.of(text, figureStart, figureEnd, Math.max(cs, ss), Math.min(ce, se), new FigureMeasures.Measure(unit, kind, event), counted);
    kind = measured.kind();
    event = measured.event();
    String sumUnit = VagueSums.unit(text, figureStart, figureEnd, unit);   // vague-sum-currency: "tens of millions of euros"
    MoneyMeasures.Money money = currencyCodes.contains(sumUnit) ? VagueSums.kept(moneyMeasures.of(text, at, counted, party, measurePhrases.entryOf(sumUnit)), unit) : null;
    if (money != null && !sumUnit.equals(unit)) { unit = sumUnit; measured = new FigureMeasures.Measure(unit, kind, event); }
    if (!measured.unit().isEmpty() && closed.changed()) event = measured.event().equals(closed.event()) ? closed.read() : measured.event();   // body-closed: counts only
    if (money != null) { event = money.measure(); party = money.party(); }   // "Central had assets of 28.3 mln dlrs"
    String shareOwner = CountedShareMovers.ownerOf(counted);              // counted.share-price-owner: "Wal-Mart share price"
    // a party word read from the company's own name ("air" of "Kestrel Air shares") gives way to the company
    if (shareOwner != null && (party == null || party.isEmpty() || shareOwner.toLowerCase(Locale.ROOT).contains(party))) party = shareOwner;
    if (party == null || party.isEmpty()) party = RecallParties.of(text, ss, hedgeStart, se);   // recall-party: "Ford recalls 8 million vehicles"
    // strike-party: "37,000 workers walked out on strike against Chrysler LLC"; the strikers only (the plants a strike idles are a customer's)
    if ((party == null || party.isEmpty()) && "person".equals(kind)) party = StrikeParties.of(text, ss, se);
    // plant-owner: "its 325,000 bpd Port Arthur refinery" after "Valero Energy Corp filed", "Motiva Enterprises 285,000 bpd refinery"
    if (party == null || party.isEmpty()) party = PlantOwners.of(text, ss, figureStart, figureEnd, se);
    if (party.isEmpty()) party = ListedCompanies.of(text, figureStart);   // factbox-section-party: "BEAR STEARNS COS Bear Stearns ..."
    // money-verb-kind: a sum its verb names ("pledged to vaccine effort by UK", "was sold ... for $640m") is money of its
    // measure, of no kind its phrase's nouns (the recipient, the giver, the thing sold) would give it
    if (money != null && !event.isEmpty() && (money.sale() || moneyMeasures.byVerb(counted, measurePhrases.entryOf(unit)))) kind = "";
    // money-demand-kind: a sum asked for ("demand for $40m in funding for a pier", "requested $40m for its construction")
    // is the demand, whatever its phrase says it would pay for
    if (money != null && "demand".equals(event)) kind = "";
    // money-no-measure: a sum whose measure is not read is keyed as nothing, not grouped: the sums of no measure of
    // one event (a repair's cost, a saving, a year's exports) are rarely one quantity
    if (money != null && event.isEmpty()) kind = "";
    // insured-loss: a cost, a loss or a claim the insurers bear is one quantity however a report words it
    if (money != null && InsuredLosses.insured(event, text.substring(Math.max(ss, hedgeStart - 100), Math.max(ss, hedgeStart)),
        text.substring(figureEnd, Math.max(figureEnd, Math.min(se, figureEnd + 50))))) { event = InsuredLosses.measure(); kind = ""; }
    List<String> sides = SideFacets.of(text, at, counted, event);   // score-side, record-team, stat-player, odds-outcome
    boolean scoreSide = SideFacets.scoreSide(sides);   // a side's points or wins: no kind, event or part its misread phrase gives
    String facet = scoreSide ? "" : KeyFacet.of(before, after,
        text.substring(Math.max(cs, ss), Math.max(Math.max(cs, ss), Math.min(ce, se))),
        text.substring(figureEnd, Math.max(figureEnd, Math.min(se, figureEnd + 90))), text.substring(ss, Math.max(ss, hedgeStart)), kind, unit);
    if (facet.isEmpty() && !scoreSide) facet = KeyFacet.laterShockCount(text, text.substring(ss, se), kind);   // "17 aftershocks"
    KeyParts.Part part = facet.isEmpty() && !scoreSide ? parts.of(text.substring(Math.max(ss, hedgeStart - 60), hedgeStart), after, kind, measured.unit()) : null;
    if (part != null) facet = part.scope();   // "including two students", "81 females", "could surpass 500"
    // whole-no-event: "Most of Brazil's 700,000 bankworkers began a strike", "Verdi, representing 33,000 staff, announced the strike"
    if (part != null && part.ofNoEvent(after)) event = "";   // the whole, the members: a standing number, of no event (KeyParts.Part)
    // "struck near Muisne" places the quake, it does not part it; a distance is told apart by the place it is
    // measured from (its facet), not by the places its sentence names
    if ("magnitude".equals(kind) || "depth".equals(kind) || KeyFacet.LENGTH_UNITS.contains(unit) || "distance".equals(kind)) {
      where = where.withoutScope();
    } else if (whole) {
      where = where.withScopeWord("whole");   // "44 of 55 counties": 55 is all the counties, not those declared
    }
    if (!facet.isEmpty()) where = where.withScopeWord(facet);
    // an indicator's basis and source: "seasonally adjusted", "annualised", "By the ILO's measure"
    for (String f : EconomicFigures.facets(text.substring(ss, Math.max(ss, figureEnd)), kind)) where = where.withScopeWord(f);
    for (String f : PollFacets.of(text, ss, figureStart, se, kind, unit, ownStart, frame.date(), pub)) where = where.withScopeWord(f);   // poll-name, -month
    if (periodTotal && facet.isEmpty() && !background && KeyFacet.runningTotal(text.substring(ss, se))) where = where.withScopeWord("period");
    if (facet.isEmpty()) where = QuantityFacets.scoped(where, text, at, event, measured.unit());   // model-forecast, sub-period, per-unit, tally-side
    where = RateSpans.scoped(where, text, at, measured.unit());   // rate-span: "25 million euros a day" is no total
    // year-tally: "In 2008, 25 banks were seized": the year's tally, of the country, not of the day's news and its kind
    if (money == null && TallyKeys.yearTally(measured.unit(), event, indicator != null, own, sentenceCauses, sentenceName, where)) {
      where = TallyKeys.countryScope(where.isEmpty() ? frame.places() : where, TallyKeys.ownPlaces(places, text, ss, se, at, titleCase)); cause = ""; name = "";
    }
    for (String w : sides) where = where.withScopeWord(w);
    if (scoreSide) { kind = SideFacets.sideKind(sides); event = ""; }
    // attack-site: a strike's toll is the toll of the site it hit ("#nuseirat"), not of its war's other strikes
    String site = KeyFacet.LENGTH_UNITS.contains(unit) || "distance".equals(kind) ? "" : sites.of(text, cause, at, sentencePlaces, background, frame.date());
    if (!site.isEmpty()) where = where.withScopeWord(site);
    String family = causeFamilies.first(List.of(cause));
    // "373 square miles" and "239,000 acres": one area; "3 billion euros" and "$4 billion": one sum (money-one-unit); not a share's price: C$ and $ are two listings' (share-price-currency)
    String keyUnit = currencyCodes.contains(measured.unit()) && sharePrice ? null : unitMeasures.first(List.of(measured.unit().toLowerCase(Locale.ROOT)));
    ClaimKey key = StandingFigures.keyed(new ClaimKey(kind, event, party, keyUnit == null ? measured.unit() : keyUnit, family == null ? cause : family,
        where.key(), name, dated.earliest(), dated.latest()), text, at, after, pub);   // key.standing-capacity: a named plant's capacity, of no event
    // dating.place-apart: set apart by a place alone, no name, no year and no kind of event of its own in its sentence
    boolean placedApart = background && placeApart && ownStart == null && (sentenceName.isEmpty() || sentenceName.equals(frame.eventName()))
        && PlacedApartActs.ownKindOnly(text, ss, se, sentenceCauses, frame.cause());
    return new Keyed(key, background, money == null ? phrase : money.named(phrase), placedApart);   // money-owner-of
  }

  /** "percent rise in Imports", as CountedPhrase writes the share of a change: the change and its subject. */
  private static final Pattern SHARE_CHANGE = Pattern.compile("^(?:percent|pct|per cent|percentage points?|%) (rise|fall|cut|widening|narrowing) in (.+)$");
  /** "32 of the 543 passengers": a figure after another and "of (the)" is the whole the first is part of. */
  private static final Pattern WHOLE_BEFORE = Pattern.compile("\\d\\s+of\\s+(?:the\\s+)?$");
  /** " of 55 counties": the whole a bare figure is part of, and its noun. */
  private static final Pattern OF_WHOLE_NOUN = Pattern.compile("^\\s+of\\s+(?:the\\s+)?[0-9][0-9,.]*\\s+(\\p{L}+)");
  /** "members of the West Virginia National Guard": the body, by its capitalised name. */
  private static final Pattern MEMBERS_OF = Pattern.compile(
      "^members?\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'-]*\\s*)+)");
  /** "7.8", "6.4": a figure that can be a quake's magnitude. */
  private static final Pattern MAGNITUDE_FIGURE = Pattern.compile("[1-9]\\.[0-9]");
  /** ", where": a clause that counts in the place named before it. */
  private static final Pattern WHERE_CLAUSE = Pattern.compile("where\\b");

  /**
   * What happened, by the verb right before a figure and its hedge ("AFGHAN AIR RAID KILLED ALMOST 150": kill, so the
   * figure counts victims, not raids), or "".
   */
  private String eventBefore(String text, int hedgeStart) {
    String verb = FigureSurroundings.wordBefore(text, hedgeStart);
    String event = verb == null ? null : WordForms.first(events, List.of(verb));
    return event == null ? "" : event;
  }

  /** The party the words name; of two side by side ("Vietnamese Americans"), the second, the noun's: US citizens. */
  private String partyOf(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      ConceptLexicon.Match m = parties.match(words, i);
      if (m == null) continue;
      ConceptLexicon.Match next = i + m.words() < words.size() ? parties.match(words, i + m.words()) : null;
      return next != null ? next.concept() : m.concept();
    }
    return null;
  }

  /** The kind of event a word names ("quake" → earthquake), or "". */
  private String causeWord(String text, String word) {
    return word.isEmpty() ? "" : frames.causesIn(word, frames.kept.readAs(text)).stream().findFirst().orElse("");
  }

  /**
   * Where a claim stands: its clause [clauseStart, clauseEnd) in its sentence [sentenceStart,
   * sentenceEnd), its figure [figureStart, figureEnd) with its hedge from hedgeStart ("almost 150"), the
   * figure's own part of the clause between the figures beside it [segmentStart, segmentEnd), and the
   * start of the sentence before it in its paragraph (-1: none); and whether the sentence tells output or capacity held
   * off ({@link DayStates#held}, read once a sentence), and whether its clause tells a market's move ({@link MarketKeyDays}).
   */
  record Position(int clauseStart, int clauseEnd, int sentenceStart, int sentenceEnd, int hedgeStart, int figureStart, int figureEnd,
                  int segmentStart, int segmentEnd, int previousSentenceStart, boolean heldOff, boolean traded) {}

  /**
   * A claim's key, whether it is about another event than the article's, and its counted phrase as a noun phrase; {@code
   * placedApart}: background only for a place its sentence names beyond the article's (PlacedApartActs).
   */
  record Keyed(ClaimKey key, boolean background, String counted, boolean placedApart) {}

  private boolean hasNoun(PhraseTagger.Tagged t) {
    for (int i = 0; i < t.tags().length; i++) {
      if (NOMINAL.contains(t.tags()[i]) || nominalAdjectives.contains(t.words().get(i))) return true;
    }
    return false;
  }
}
