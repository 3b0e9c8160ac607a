/// The words that rules read around names, folded (lower case). Each list
/// says what it is for; none of them is a name itself.
package enum EntityCues {
    /// The lists a word is on, as bits.
    package struct Lists: OptionSet, Sendable {
        package let rawValue: UInt32
        package init(rawValue: UInt32) { self.rawValue = rawValue }
        package static let titles = Lists(rawValue: 1 << 0)
        package static let roles = Lists(rawValue: 1 << 1)
        package static let prepositions = Lists(rawValue: 1 << 2)
        package static let agents = Lists(rawValue: 1 << 3)
        package static let verbs = Lists(rawValue: 1 << 4)
        package static let adverbs = Lists(rawValue: 1 << 5)
        package static let notVerbs = Lists(rawValue: 1 << 6)
        package static let reception = Lists(rawValue: 1 << 7)
        package static let weaponModifiers = Lists(rawValue: 1 << 8)
        package static let weaponModifierEndings = Lists(rawValue: 1 << 9)
        package static let weaponHeads = Lists(rawValue: 1 << 10)
        package static let regionCues = Lists(rawValue: 1 << 11)
        package static let cityCues = Lists(rawValue: 1 << 12)
        package static let conjunctions = Lists(rawValue: 1 << 13)
        package static let acts = Lists(rawValue: 1 << 14)
        package static let participles = Lists(rawValue: 1 << 15)
        package static let causatives = Lists(rawValue: 1 << 16)
        package static let determiners = Lists(rawValue: 1 << 17)
        package static let statements = Lists(rawValue: 1 << 18)
        package static let organisationHeads = Lists(rawValue: 1 << 19)
        package static let otherNameHeads = Lists(rawValue: 1 << 20)
        package static let particles = Lists(rawValue: 1 << 21)
        package static let companyHeads = Lists(rawValue: 1 << 22)
        package static let weaponDescriptions = Lists(rawValue: 1 << 23)
        package static let auxiliaries = Lists(rawValue: 1 << 24)
        package static let passiveMarkers = Lists(rawValue: 1 << 25)
        package static let governmentNouns = Lists(rawValue: 1 << 26)
        package static let dealingsWithGovernments = Lists(rawValue: 1 << 27)
    }

    /// The lists of a folded word, found by its hash (TokenFold.hash).
    package static func lists(ofHash hash: UInt64) -> Lists { table[hash] ?? [] }
    package static func lists(of folded: some Sequence<UInt8>) -> Lists { lists(ofHash: TokenFold.hash(folded)) }

    private static let table: HashedMap<Lists> = {
        var table = HashedMap<Lists>()
        let all: [(Lists, String)] = [
            (.titles, titles), (.roles, roles), (.prepositions, prepositions), (.agents, agents), (.verbs, verbs),
            (.adverbs, adverbs), (.notVerbs, notVerbs), (.reception, reception), (.weaponModifiers, weaponModifiers),
            (.weaponModifierEndings, weaponModifierEndings), (.weaponHeads, weaponHeads),
            (.regionCues, regionCues), (.cityCues, cityCues), (.conjunctions, "and or"), (.acts, acts),
            (.participles, participles), (.causatives, causatives), (.determiners, determiners),
            (.statements, statements), (.organisationHeads, organisationHeads), (.otherNameHeads, otherNameHeads),
            (.particles, "up out off down over back"), (.companyHeads, companyHeads),
            (.weaponDescriptions, weaponDescriptions), (.auxiliaries, auxiliaries),
            (.passiveMarkers, "been being be"), (.governmentNouns, governmentNouns),
            (.dealingsWithGovernments, dealingsWithGovernments),
        ]
        for (list, words) in all {
            for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let hash = TokenFold.hash(Array(word.utf8))
                table[hash] = (table[hash] ?? []).union(list)
            }
        }
        return table
    }()


    /// Titles written before a person's name: "General Budanov", "Mr Foreman", "President Zelensky".
    private static let titles = """
        mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady general gen gen. colonel col col. lieutenant lt lt.
        major maj maj. captain capt capt. sergeant sgt admiral adm commander cmdr marshal brigadier corporal private
        colonel-general lieutenant-general major-general lieutenant-colonel
        president vice-president premier chancellor king queen prince princess pope sheikh emir ayatollah
        senator sen sen. governor gov gov. mayor minister secretary ambassador judge justice professor prof prof.
        rev rev. reverend father bishop archbishop cardinal imam rabbi congressman congresswoman
        representative rep rep. speaker chairman chairwoman commissioner coach
        """

    /// Roles written, in lower case, just before a name: "defence minister Andrei Belousov",
    /// "defence secretary, Lloyd Austin"; the last word of the role.
    private static let roles = """
        minister secretary president chief commander general leader head director chairman chairwoman ambassador
        envoy adviser advisor spokesman spokeswoman spokesperson official analyst attaché attache
        correspondent editor chancellor premier governor mayor senator dictator founder
        """

    /// Prepositions: a country after one of them is a place ("troops to Russia").
    private static let prepositions = """
        in to into from at on onto across near against with for of by toward towards through over inside outside
        within throughout around between beyond via under about among amid amongst along upon after before
        than like beside besides behind below above off out
        """

    /// Nouns an acting country owns: "America’s defence secretary", "Ukraine’s military intelligence".
    private static let agents = """
        army armies military forces force troops soldiers government governments president presidents prime
        minister ministers ministry leader leaders leadership dictator regime secretary intelligence navy
        officials official diplomats diplomat spy spies generals general commander commanders defence defense
        envoy ambassador authorities parliament police security services chief head foreign administration
        premier chancellor king queen ruler rulers junta cabinet congress senate spokesman spokeswoman
        negotiators delegation allies spymaster state-run central director directors representative representatives
        negotiator envoys ambassadors chiefs spokesperson diplomacy embassy
        """

    /// Verbs that need no test: a country just before one is its subject.
    private static let verbs = """
        is was are were has have had will would could can may might must should shall does did do
        says said say continues continued wants wanted needs needed seems appears remains remained became becomes
        used uses sent sends gave gives took takes made makes launched launches fired fires
        """

    /// Adverbs between a subject and its verb: "North Korea has also sent", "Russia may already have".
    private static let adverbs = """
        also already now still not never just again reportedly apparently probably clearly recently finally
        currently even only then soon largely quickly increasingly officially formally previously repeatedly
        allegedly actually certainly really further initially later itself
        """

    /// Lower-case words ending in "s" that are not verbs: a country before one is not shown to act.
    private static let notVerbs = """
        is as its this thus has was us plus less unless across always perhaps
        news talks forces troops arms weapons relations ties affairs officials authorities
        """

    /// Words before "in X" that make X a government's seat rather than a place:
    /// "not well received in Washington".
    private static let reception = """
        received welcomed greeted viewed seen regarded taken criticised criticized praised rejected
        alarm concern anger dismay frustration irritation unease scepticism skepticism worry worries disquiet
        """

    /// Nouns of an act or stance a country owns, making it an actor: "Russia’s own annual production",
    /// "Russia’s next objective", "Ukraine’s only serious advance", "Ukraine’s worries".
    private static let acts = """
        production objective objectives advance advances offensive counter-offensive counteroffensive worries worry
        concerns position stance view views aim aims goal goals plan plans strategy policy policies demands
        decision response reaction invasion attack attacks assault effort efforts ambitions threats threat
        escalation war-effort campaign bombardment strikes blockade sanctions refusal insistence
        failure recognition support backing approach intentions
        """

    /// Past participles before "by X" that make X the agent: "backed up by South Korea".
    private static let participles = """
        backed supported signed sent supplied armed funded financed ordered launched fired built made developed
        produced provided approved rejected condemned criticised criticized accused blamed attacked invaded
        seized captured occupied announced confirmed denied claimed reported welcomed opposed led run
        """

    /// Verbs after which a country and a bare verb make the country the doer: "helping North Korea circumvent".
    private static let causatives = """
        help helps helped helping let lets letting make makes made making see sees saw seeing watch watched
        """

    /// Words that start a noun phrase, so the word before them is not a verb's doer: "to the", "to its".
    private static let determiners = """
        the a an its their his her our your my this that these those some any all each every no more most
        such what which whose
        """

    /// Verbs of saying and stance: a capital as their subject stands for its government ("Washington says").
    private static let statements = """
        says said say insists insisted warned warns denied denies announced announces accused accuses demanded
        demands wants wanted hopes hoped fears feared believes believed responded responds reacted reacts
        rejected rejects welcomed welcomes condemned condemns urged urges agreed agrees refused refuses
        signalled signaled signals insisted argues argued claims claimed
        """

    /// Auxiliaries and modals: a capital as their subject, in an active verb phrase, stands for its
    /// government ("Washington would have to", "Kyiv has vowed"); not "is" ("Kyiv is cold in winter").
    private static let auxiliaries = """
        has have had will would could can may might must should shall does did
        """

    /// Nouns after a capital that make it its government: "the Kiev regime", "the Moscow authorities".
    private static let governmentNouns = """
        regime government authorities leadership administration junta officials
        """

    /// Nouns of what a government is given or dealt: a capital after one and `to`, `for`, `on` or `against`
    /// is its government ("supplies to Kiev", "pressure on Moscow"), where a place follows a verb of motion.
    private static let dealingsWithGovernments = """
        aid supplies supply assistance weapons arms deliveries shipments support loans loan funding help
        ammunition exports ultimatum message warning appeal demands pressure sanctions concessions
        """

    /// Last words of a name that make it an organisation, not a person: "Nordvik Shipping Ltd".
    private static let organisationHeads = """
        party council committee ministry army navy force forces group union bank company corp corporation inc
        ltd plc llc co agency authority commission institute university college school hospital church
        association federation league club fund foundation bureau department office court parliament assembly
        congress senate government administration service services police guard brigade regiment battalion
        division corps command directorate organisation organization movement front alliance coalition
        """

    /// Last words of a name that make it an organisation even where the tagger saw a place: "Nordvik Group".
    private static let companyHeads = """
        group company corp corporation inc ltd plc llc party council committee ministry agency association
        federation club fund foundation bureau university institute college
        """

    /// Last words of a name that make it neither a person nor an organisation nor a place (an event, a
    /// document, a plan): "Victory Plan", "Minsk Agreement".
    private static let otherNameHeads = """
        plan agreement accord accords treaty pact act bill law doctrine initiative programme program project
        operation war day summit conference games cup championship award prize festival report index
        declaration resolution protocol charter deal
        """

    /// Modifiers a weapon phrase takes in, the ones that name a kind ("low-yield tactical nuclear weapons",
    /// "tactical strike drones"), not those that only describe ("cheap", "deadly": left outside).
    private static let weaponModifiers = """
        tactical strategic nuclear non-nuclear conventional chemical biological ballistic cruise guided unguided
        hypersonic supersonic subsonic intercontinental intermediate heavy light mobile portable armed unmanned uncrewed
        autonomous kamikaze loitering strike attack combat reconnaissance surveillance anti-tank anti-aircraft
        anti-ship anti-personnel anti-missile air-defence air-defense surface-to-air air-to-air air-to-surface
        surface-to-surface submarine naval ship air ground land sea precision self-propelled multiple automatic
        assault sniper machine semi-automatic thermobaric cluster incendiary explosive improvised homemade
        military western soviet-era rocket missile artillery tank battle main fpv first-person-view suicide
        nuclear-tipped nuclear-capable nuclear-armed dual-use
        """

    /// Words that only describe a weapon ("cheap, deadly tactical strike drones"): in its phrase only when
    /// `EntityTuning.weaponPhrasesTakeDescriptions` says so.
    private static let weaponDescriptions = """
        cheap expensive deadly lethal powerful modern advanced sophisticated old new small large crude
        primitive reliable unreliable accurate inaccurate devastating destructive formidable
        """

    /// Last parts of hyphenated modifiers: "long-range", "low-yield", "precision-guided", "Iranian-made".
    private static let weaponModifierEndings = """
        range yield guided launched based capable armed made built designed era supplied propelled tipped
        powered class calibre caliber mounted launch
        """

    /// Nouns a weapon phrase may end in after its class name: "missile-launch systems", "S-400 systems".
    private static let weaponHeads = """
        system systems launcher launchers platform platforms battery batteries
        """

    /// Words after a name that make it a region: "the Kursk region", "Donetsk Oblast".
    private static let regionCues = """
        region oblast province district county krai governorate prefecture
        """

    /// Words before "of X" that make X a city or town: "the city of Zaporizhia".
    private static let cityCues = """
        city town village port capital suburb
        """
}
