import StakeMap
import StakeMapFormats
import StakeMapAnalysis

extension ArabicCatalog {
    /// The template of a command's message; option names are isolated (FSI … PDI).
    public func template(_ message: CommandMessage) -> String {
        switch message {
        case let .tieEvidence(kind):
            switch kind {
            case .met: "التقيا{details}"
            case .partnersWith: "شريكان{details}"
            case .related: "بينهما علاقة{details}"
            default: "علاقة «" + name(of: kind) + "» من {from} إلى {to}{details}"
            }
        case .clauseSeparator: "؛ "
        case .throughWithheld: "عبر جهة محجوبة"
        case .withheldActor: "جهة محجوبة"
        case .suggestTitle: "لقاءات مقترحة لـ{name} في الخطوة التالية"
        case .suggestSuccession: "شاغل المنصب الحالي: {post}؛ وتعرفون شاغله السابق {holder}"
        case .suggestOneContact: "جهة اتصال مشتركة: {contacts}"
        case .suggestContacts: "جهات اتصال مشتركة عددها {number}: {contacts}"
        case .andMore: "{shown}، و{number} أخرى"
        case .score: "الدرجة"
        case .bothAttended: "حضر كلاهما {events}"
        case .bothLinked: "كلاهما على صلة بـ{contact} ({ties})"
        case let .tieSentence(kind): "علاقة «" + name(of: kind) + "» من {from} إلى {to}"
        case .moreCommonContactOne: "وجهة اتصال مشتركة أخرى"
        case .moreCommonContacts: "وجهات اتصال مشتركة أخرى عددها {number}"
        case .auditEventText: "نصّ الفعالية {name}"
        case .auditTieText: "ملاحظة علاقة «{tie}»"
        case .auditRecordText: "سجلّ {name}"
        case .futureRecordsOne: "تحذير: سجلّ واحد مؤرَّخ بعد اليوم ({today})؛ تحقّق من التاريخ، أو حدّد ⁨--as-of⁩ (الحقل ⁨as_of⁩ في الملف يثبّت تاريخ اليوم):"
        case .futureRecords: "تحذير: سجلات مؤرَّخة بعد اليوم ({today}) عددها {number}؛ تحقّق من التواريخ، أو حدّد ⁨--as-of⁩ (الحقل ⁨as_of⁩ في الملف يثبّت تاريخ اليوم):"
        case .futureEvent: "  الفعالية {name} ({id}) بتاريخ {date}"
        case .futureTie: "  علاقة «{kindName}» بين {from} و{to} بتاريخ {date}"
        case .futureMore: "  … و{number} غيرها"
        case .undatedLeftOutOne: "ملاحظة: استُبعد لقاء واحد بلا تاريخ بسبب ⁨--since/--until⁩؛ الخيار ⁨--undated include⁩ يبقيه"
        case .undatedLeftOut: "ملاحظة: استُبعدت لقاءات بلا تاريخ عددها {number} بسبب ⁨--since/--until⁩؛ الخيار ⁨--undated include⁩ يبقيها"
        case .cut: "نقطة قطع"
        case .bridges: "الجسور"
        case .constraint: "القيد"
        case .effective: "الحجم الفعّال"
        case .brokerGroup: "المجموعة"
        case .roleCoord: name(of: BrokerageRole.coordinator)
        case .roleItin: name(of: BrokerageRole.itinerant)
        case .roleGate: name(of: BrokerageRole.gatekeeper)
        case .roleRepr: name(of: BrokerageRole.representative)
        case .roleLiaison: name(of: BrokerageRole.liaison)
        case .groupCountOne: "مجموعة واحدة"
        case .groupCount: "عدد المجموعات: {number}"
        case .yes: "نعم"
        case .bridgesHeading: "الجسور ({number}):"
        case .brokersMissing: "ملاحظة: لا قيمة لـ{attribute} لدى {missing} من الجهات البالغ عددها {total}؛ فلا تُحتسب في أدوار الوساطة"
        case .brokersTooFew: "ملاحظة: لـ{attribute} قيمة لدى {with} فقط من الجهات البالغ عددها {total} ({groups}): "
            + "وهذا أقل من أن تُحسب له أدوار الوساطة، فحُذفت أعمدتها؛ سجّل {attribute} لجهات أكثر، أو استعمل ⁨--group-by kind⁩"
        case .period: "الفترة"
        case .actorsActive: "الجهات النشطة"
        case .meetings: "اللقاءات"
        case .density: "الكثافة"
        case .components: "المكوّنات"
        case .change: "التغيّر"
        case .rankTitle: "الترتيب حسب {measure} في نهاية كل {period} (1 = الأكثر مركزية)"
        case .roseMost: "الأكثر صعودًا بين {first} و{last}: {movers}"
        case .fellMost: "الأكثر هبوطًا بين {first} و{last}: {movers}"
        case .noOne: "لا أحد"
        case let .measureName(name): Self.measures[name] ?? name
        case let .periodName(name): Self.periods[name] ?? name
        case .noDatedRecords: "خطأ: ⁨--over-time⁩: لا علاقات ولا فعاليات مؤرَّخة في الشبكة"
        case .modularityLine: "معامل النمطية: {modularity}، عدد المجموعات: {number}"
        case .community: "المجموعة"
        case .size: "الحجم"
        case .members: "الأعضاء"
        // The verb comes first and agrees, in the singular, with a feminine noun: جهة، علاقة، فعالية.
        case .diffAdded: "أُضيفت {count}"
        case .diffRemoved: "حُذفت {count}"
        case .diffChanged: "تغيّرت {count}"
        case .diffNetworkFields: "تغيّرت حقول الشبكة: {fields}"
        case .diffPartSeparator: "، و"
        case .diffNoChanges: "لا تغييرات"
        case .diffTotals: "الجهات من {oldActors} إلى {newActors}، والعلاقات من {oldTies} إلى {newTies}، والفعاليات من {oldEvents} إلى {newEvents}"
        case .diffChange: "التغيير"
        case .diffItem: "العنصر"
        case .diffWhat: "المعنيّ"
        case .diffDetails: "التفاصيل"
        case .diffAddedCell: "إضافة"
        case .diffRemovedCell: "حذف"
        case .diffChangedCell: "تعديل"
        case .diffNetworkCell: "الشبكة"
        case .diffActorCell: "جهة"
        case .diffTieCell: "علاقة"
        case .diffEventCell: "فعالية"
        case .diffFieldChange: "{field}: من {old} إلى {new}"
        case .diffNone: "(بلا قيمة)"
        case .diffStrength: "القوة {number}"
        case .diffAttendeeOne: "حاضر واحد"
        case .diffAttendees: "{count}"
        case .diffShiftsHeading: "أكبر التحوّلات في المركزية"
        case .diffMeasure: "المقياس"
        case .diffOld: "قبل"
        case .diffNew: "بعد"
        case let .confidenceName(confidence): Self.confidences[confidence] ?? confidence.rawValue
        case let .genderName(gender): Self.genders[gender] ?? gender.rawValue
        case let .fieldName(key): Self.fields[key] ?? "⁨" + key + "⁩"
        case let .networkFieldName(key): Self.networkFields[key] ?? Self.fields[key] ?? "⁨" + key + "⁩"
        case .importColumns: "الأعمدة ({rows}، {source}):"
        case .importOfSheet: "من الورقة «{sheet}»"
        case .importSeparatedBy: "مفصولة بـ«{separator}»"
        case .importTab: "مفصولة بمسافة جدولة"
        case .importColumnLine: "  {header} ← {column}"
        case .importOrganisation: "الجهة (علاقة «يعمل لدى» أو «عضو في»)"
        case .importCountry: "البلد (رمزه الدولي)"
        case .importNameIn: "الاسم ({language})"
        case .importCustomField: "حقل خاص «{key}»"
        case .importUnnamedColumn: "مُهمَل (عمود بلا اسم)"
        case .importContactField: "الحقل {key} ({level})"
        case .importAdded: "أُضيف إلى الملف {file}: {actors} و{ties}"
        case .importWouldAdd: "سيُضاف إلى الملف {file}: {actors} و{ties}"
        case .importAddedIDs: " ({ids})"
        case .importNothing: "لا شيء يُضاف إلى الملف {file}"
        case .importMerged: "صفوف دُمجت في جهات موجودة: {rows}"
        case .importMergedRow: "  {row}: {id} (+ {added})"
        case .importAddedPlainName: "الاسم (بلا لغة)"
        case .importAddedTags: "الوسوم"
        case .importAddedFromSheet: "{field} من الجدول"
        case .importAddedSensitivity: "الحساسية «{level}»"
        case .importProtected: "الجهات الجديدة التي لها بريد إلكتروني أو هاتف صُنّفت «{level}»: {count} (الخيار ⁨--contact-sensitivity⁩ يغيّر ذلك)"
        case .importUncertain: "صفوف غير مؤكَّدة لم تُضف: {rows} (راجِعها، ثم استعمل ⁨--merge-uncertain⁩ لدمجها):"
        case .importUncertainRow: "  {row}: «{name}» قد يكون {candidates}"
        case .importConflicts: "تعارضات: {number} (تبقى قيمة السجل ما لم يُذكر غير ذلك؛ الخيار ⁨--prefer sheet⁩ يأخذ قيمة الجدول حيث يكون المدخل في هذا الملف):"
        case .importConflictRow: "  {row}: {id}، {field}: في السجل «{record}»، وفي الجدول «{sheet}»"
        case .importTookSheet: " — أُخذت قيمة الجدول"
        case .importSkipped: "صفوف أُهملت: {rows}"
        case .importValuesLeftOut: "قيم أُهملت: {number}"
        case .importUpdate: "(في {id}: {keys})"
        case .importSkippedRow: "  {row}: {reason}"
        case .importNoName: "بلا اسم"
        case .importUnknownCountry: "البلد «{value}» ليس اسم بلد معروفًا ولا رمزًا دوليًا له، فأُهمل"
        case .importSheetRow: "الصف {line}"
        case .importFileLine: "السطر {line}"
        case .convertCannotHold: "لا يتّسع تنسيق {format} لما يلي: {fields}{notes}"
        case .convertField(.network): "{field}"
        case let .convertField(scope): "{field} " + Self.fieldScopes[scope, default: ""]
        case .convertEvents: "الفعاليات ({number}، مع المشاركين فيها)"
        case .convertKept: "{field}: {kept}"
        case .convertFallback(.citationsKept): "تبقى الإحالات إلى المصادر"
        case .convertFallback(.citationsKeptAsBareSources): "تبقى الإحالات، ويعود كل مصدر مُحال إليه معرّفًا بلا بيانات"
        case .convertFallback(.sourceLinks): "تبقى الإحالات إلى المصادر التي لها رابط، روابطَ لمصادر كل عنصر"
        case .convertFallback(.membershipKindsOnly): "لا يُكتب من أنواع العلاقات إلا «عضو في» و«يعمل لدى» و«يقود» و«يمثّل» و«يشغل منصب» (عضوياتٍ) و«جزء من» (⁨parent_id⁩)"
        case .convertKeepEverything: "احفظوا بصيغة ⁨.yaml⁩ أو ⁨.json⁩ أو ⁨.graphml⁩ ليبقى كل شيء"
        case .convertRestatedDropped: "أُسقطت قيمٌ من علاقات ذُكرت مرتين بقيمتين مختلفتين، عددها {count} ({drops})"
        case .convertRestatedSensitivities: "علاقات ذُكرت مرتين بدرجتي حساسية مختلفتين، عددها {count}، وتصير كلٌّ منها علاقةً واحدة"
        case .convertRestatedDrop: "{tie}: {value} (وبقي {kept})"
        case .convertRestatedOneTie:
            "العلاقة المذكورة مرتين (بالطرفين والنوع والتاريخ أنفسها) علاقةٌ واحدة في ملف الشبكة: تأخذ قيم أقوى ذِكرَيها "
                + "(فقوّتها ووزنها هما ما يأخذه تحليل العلاقات المتوازية)، فتبقى المركزية والمسارات والمجتمعات في ملف الشبكة كما في الإدخال"
        case .convertRestatedExcept:
            "، إلا مع الخيار ⁨--length strength⁩ (أطوال ⁨weight=⁩ في ⁨networkx⁩)، إذ كانت العلاقة الأضعف هي الأقصر، فتختلف عندئذ أزواجٌ عددها {count}"
        case .convertRestatedStricter:
            "والعلاقات المذكورة بدرجتي حساسية، وعددها {count}، تأخذ الدرجة الأشد، فلا يرى العلاقةَ جمهورٌ كان لا يرى إلا ذِكرها الأقل حماية"
        }
    }

    /// The network's own fields in Arabic.
    static let networkFields: [String: String] = [
        "title": "عنوان الشبكة", "title languages": "لغات عنوان الشبكة", "description": "وصف الشبكة",
        "description languages": "لغات وصف الشبكة", "as_of": "تاريخ البيانات", "sources": "المصادر",
    ]

    /// Where a field is, after its name in a list of lost fields ("المكان في الجهات").
    static let fieldScopes: [ModelField.Scope: String] = [
        .source: "في المصادر", .actor: "في الجهات", .tie: "في العلاقات", .event: "في الفعاليات",
    ]

    /// Genders in Arabic.
    static let genders: [Gender: String] = [.woman: "امرأة", .man: "رجل", .other: "غير ذلك"]

    /// How well a tie is established, in Arabic.
    static let confidences: [Confidence: String] = [.confirmed: "مؤكَّدة", .reported: "مُبلَّغ عنها", .unverified: "غير متحقَّق منها"]

    /// The fields of the native format in Arabic; a key not listed (a custom field) is shown as
    /// written, isolated.
    static let fields: [String: String] = [
        "title": "المسمّى", "title languages": "لغات المسمّى", "description": "الوصف", "description languages": "لغات الوصف",
        "as_of": "تاريخ البيانات", "sources": "المصادر", "records": "السجلات", "id": "المعرّف", "kind": "النوع",
        "name": "الاسم", "name languages": "لغات الاسم", "aliases": "الأسماء الأخرى", "country": "البلد", "place": "المكان",
        "region": "المنطقة", "gender": "الجنس", "tags": "الوسوم", "influence": "النفوذ", "stance": "الموقف",
        "sensitivity": "الحساسية", "note": "الملاحظة", "direction": "الاتجاه", "date": "التاريخ",
        "start/end form": "صيغة البداية والنهاية", "strength": "القوة", "weight": "الوزن", "confidence": "درجة التأكد",
        "outcome": "النتيجة", "follow_up": "المتابعة", "organizers": "المنظِّمون", "participants": "المشاركون",
        "roles": "الأدوار", "topics": "الموضوعات", "fields": "الحقول الخاصة",
    ]

    /// The centrality measures in Arabic.
    static let measures = [
        "degree": "الدرجة", "indegree": "الدرجة الداخلة", "outdegree": "الدرجة الخارجة", "betweenness": "البينية",
        "closeness": "القرب", "harmonic": "القرب التوافقي", "eigenvector": "مركزية المتجه الذاتي", "pagerank": "بيج رانك",
        "core": "رتبة النواة", "clustering": "معامل التجمّع", "eccentricity": "الاختلاف المركزي",
    ]

    /// The periods in Arabic.
    static let periods = ["year": "سنة", "quarter": "ربع سنة", "month": "شهر"]
}
