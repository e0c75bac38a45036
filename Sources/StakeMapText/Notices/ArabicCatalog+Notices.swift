extension ArabicCatalog {
    /// The template of a notice in Arabic; options and codes are isolated (FSI … PDI), and
    /// sentences about an actor agree with "الجهة" (feminine), whatever the actor is.
    public func template(_ message: NoticeMessage) -> String {
        switch message {
        case .selectorEmptyTerm: "في المحدِّد «{selector}» شرط فارغ"
        case .selectorTermsHint: "اكتب شروطًا مثل ⁨kind:person,tag:eu+country:FR⁩"
        case .selectorNoValue: "لا قيمة بعد النقطتين في «{term}»"
        case .selectorUnknownKind: "لا يوجد نوع جهة اسمه «{value}» في المحدِّد"
        case .selectorKindsHint: "الأنواع: {kinds}"
        case .selectorFieldWithoutValue: "«{term}» يحتاج إلى حقل وقيمة"
        case .selectorFieldHint: "اكتب ⁨field:KEY=VALUE⁩، مثل ⁨field:club=Mr. Hi⁩"
        case .selectorUnknownSensitivity: "لا توجد درجة حساسية اسمها «{value}» في المحدِّد"
        case .selectorSensitivityHint: "الدرجات: ⁨public⁩ أو ⁨restricted⁩ أو ⁨confidential⁩"
        case .selectorUnknownField: "لا يعرف المحدِّد حقلًا اسمه «{field}»"
        case .selectorFieldsHint: "الحقول: {fields}، أو معرّف جهة وحده"
        case .errorPrefix: "خطأ: "
        case .warningPrefix: "تحذير: "
        case .hintSeparator: "؛ "
        case .actorNotFound: "لا توجد جهة بالمعرّف أو الاسم «{query}»"
        case .didYouMean: "هل تقصد {candidates}؟"
        case .suggestedArabicName, .suggestedName: "«{name}» ({id})"
        case .suggestedID: "«{id}»"
        case .or: " أو "
        case .namesAccepted: "تُقبل المعرّفات والأسماء بأي لغة"
        case .actorAmbiguous: "الاسم «{query}» يطابق أكثر من جهة: {candidates}"
        case .ambiguousCandidate: "{id} ({name}، {kind})"
        case .useAnID: "حدّد الجهة بمعرّفها"
        case .actorWithheld: "الجهة «{query}» محجوبة عن جمهور «{audience}»"
        case .withheldHint: "تصنيفها «{sensitivity}»، فاستعمل ⁨--audience {keep}⁩ إن كان يحق لك الاطلاع عليها"
        case .notInAnalysisView: "{option}: الجهة «{query}» خارج شبكة التحليل"
        case .targetsSelectNone: "الخيار ⁨--targets⁩ «{selector}» لا يختار أي جهة ظاهرة لجمهور «{audience}»"
        case .omission: "ملاحظة: حُجب عن جمهور «{audience}»: {counts}؛ الخيار ⁨--audience {keep}⁩ يُبقيها"
        case .wroteMap: "كُتب الملف {file}: {nodes} و{edges}، بتخطيط {layout}"
        case .wroteReport: "كُتب الملف {file}: {actors}، لجمهور «{audience}»"
        case .wroteReportNoMap: "كُتب الملف {file}: {actors}، لجمهور «{audience}» (بلا خريطة)"
        case .added: "أُضيف إلى الملف {file}:"
        case .wouldAdd: "سيُضاف إلى الملف {file} (لم يُكتب شيء بعد):"
        case .eigenvectorDidNotConverge:
            "لم تتقارب مركزية المتجه الذاتي: ليس لهذه الشبكة الموجَّهة متجه ذاتي مهيمن "
                + "(وهذا حال الشبكة على شكل نجمة واردة، والمسار الموجَّه، وكل شبكة بلا دورات؛ "
                + "وتُطلق ⁨networkx⁩ هنا الخطأ ⁨PowerIterationFailedConvergence⁩)؛ احذف الخيار ⁨--directed⁩، أو استعمل ⁨pagerank⁩"
        case .pageRankDidNotConverge:
            "لم يتقارب حساب بيج رانك ضمن حدّ التكرارات (وتُطلق ⁨networkx⁩ هنا الخطأ ⁨PowerIterationFailedConvergence⁩)"
        case .measureDidNotConverge: "لم يتقارب حساب «{measure}» ضمن حدّ التكرارات"
        }
    }
}
