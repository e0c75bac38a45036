import Testing
import StakeMap

/// Names of the seeds typed the way people type Arabic (and Latin) names.
@Suite("Arabic-aware name matching")
struct NameMatchingTests {
    static let libya: Graph = {
        let path = repositoryRoot.appendingPathComponent("graphs/libya-wps.yaml").path
        return (try? NativeReader().read(path: path).graph) ?? Graph()
    }()

    static let marib: Graph = {
        let path = repositoryRoot.appendingPathComponent("graphs/yemen-marib.yaml").path
        return (try? NativeReader().read(path: path).graph) ?? Graph()
    }()

    @Test("the normaliser folds hamza, ى, ة, tashkeel, tatweel, presentation forms and digits", arguments: [
        ("المرأة", "المراه"), ("أكثر", "اكثر"), ("إدارة", "اداره"), ("آمنة", "امنه"), ("ٱلسلام", "السلام"),
        ("مسؤول", "مسوول"), ("رئيس", "رييس"), ("ستيفاني", "ستيفاني"), ("ستيفانى", "ستيفاني"),
        ("مُبَادَرَة", "مبادره"), ("حقائقُ مقلِـقة", "حقايق مقلقه"), ("اســـتثنائية", "استثناييه"),
        ("\u{FEE3}\u{FECC}\u{FE8E}", "معا"), ("١٥ بلداً", "15 بلدا"), ("Tümmers", "tummers"), ("  Together   We ", "together we"),
    ])
    func normalises(_ typed: String, _ key: String) {
        #expect(NameNormalizer.key(typed) == key)
    }

    @Test("the article ال is ignored at the start of words, also after و ب ف ك and as لل")
    func article() {
        #expect(NameNormalizer.articleFree("التحالف النسائي الليبي") == "تحالف نسايي ليبي")
        #expect(NameNormalizer.articleFree("للسلام والحرية") == "لسلام وحريه")
        #expect(NameNormalizer.compact("رابطة النساء الدولية للسلام و الحرية") == NameNormalizer.compact("رابطه نساء دوليه للسلام والحريه"))
        #expect(NameNormalizer.articleFree("الى") == "الي")
    }

    @Test("real names of the seeds, typed without hamza, with ى for final ي, ه for ة, with or without tashkeel", arguments: [
        ("تحالف المراة الليبية", "lwa"), ("تحالف المراه الليبيه", "lwa"), ("تَحَالُفُ المَرْأَةِ اللِّيبِيَّةِ", "lwa"),
        ("تحالف مرأة ليبية", "lwa"), ("التحالف النسائى الليبى", "lwa"),
        ("ستيفانى ويليامز", "stephanie-williams"), ("ستيفاني ويليامز", "stephanie-williams"),
        ("معاً نبنيها", "twbi"), ("معـــا نبنيها", "twbi"),
        ("بعثه الامم المتحده للدعم فى ليبيا", "unsmil"), ("الامم المتحدة", "united-nations"),
        ("الامم المتحده للمراه", "un-women"), ("رابطة النساء الدولية للسلام والحرية", "wilpf"),
        ("المجلس الاعلى للدولة", "high-council-of-state"), ("مجلس اعلى للدوله", "high-council-of-state"),
        ("بدر الدين الحارثى", "badr-al-harithi"), ("المفوضيه الوطنيه العليا للانتخابات", "hnec"),
        ("وزاره الداخليه", "ministry-interior"), ("مبادره شبكه مدافعات عن حقوق المراه", "defenders"),
        ("التحالف النسائى من اجل القياده الامنيه", "wasl"), ("بياتريس لو فرابر", "beatrice-le-fraper"),
        ("Beatrice Le Fraper", "beatrice-le-fraper"), ("lars tümmers", "lars-tummers"), ("LIBYAN WOMEN’S ALLIANCE", "lwa"),
    ])
    func resolvesLibya(_ typed: String, _ id: String) throws {
        #expect(try ActorResolver(graph: Self.libya, audience: .confidential).resolve(typed).id == id)
    }

    @Test("names of the Marib seed typed loosely", arguments: [
        ("رابطه امهات المختطفين", "abductees-mothers-association"), ("رابطة أمّهات المُختطَفين", "abductees-mothers-association"),
        ("الشبكه العالميه لعمل المجتمع المدنى", "ican"), ("بانيات السلام التابعات لرابطه امهات المختطفين", "ama-peacebuilders"),
    ])
    func resolvesMarib(_ typed: String, _ id: String) throws {
        #expect(try ActorResolver(graph: Self.marib, audience: .confidential).resolve(typed).id == id)
    }

    @Test("suggestions are shown in the script of the query")
    func suggestions() throws {
        let resolver = ActorResolver(graph: Self.libya, audience: .confidential)
        let arabic = try #require(throws: StakeMapError.self) { try resolver.resolve("تحالف المرأه اللبيه") }
        #expect(arabic.description == "error: no actor 'تحالف المرأه اللبيه'; did you mean «تحالف المرأة الليبية» (lwa)?")
        let latin = try #require(throws: StakeMapError.self) { try resolver.resolve("Stefanie Williams") }
        #expect(latin.description == "error: no actor 'Stefanie Williams'; did you mean 'Stephanie Williams' (stephanie-williams)?")
        let id = try #require(throws: StakeMapError.self) { try resolver.resolve("twbj") }
        #expect(id.description == "error: no actor 'twbj'; did you mean 'twbi'?")
    }

    @Test("a looser match that names several actors is ambiguous, not a guess")
    func ambiguousLooseMatch() throws {
        let graph = Graph(actors: [
            Actor(id: "a", kind: .organization, name: LocalizedText(["ar": "المجلس الوطني"])),
            Actor(id: "b", kind: .organization, name: LocalizedText(["ar": "مجلس وطني"])),
        ])
        let resolver = ActorResolver(graph: graph, audience: .internal)
        #expect(try resolver.resolve("المجلس الوطنى").id == "a")
        let error = try #require(throws: StakeMapError.self) { try resolver.resolve("مجلس الوطني") }
        #expect(error.description.contains("is ambiguous"))
    }
}
