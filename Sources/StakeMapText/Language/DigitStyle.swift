/// Which digits numbers are written with.
public enum DigitStyle: String, Sendable, CaseIterable, Hashable {
    /// 0123456789 (the default, as in Libya and the Maghreb).
    case western
    /// ٠١٢٣٤٥٦٧٨٩ (as in the Mashreq and the Gulf).
    case arabicIndic

    /// `text` with its Western digits written in this style.
    public func apply(_ text: String) -> String {
        guard self == .arabicIndic else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar), let digit = Unicode.Scalar(scalar.value - 0x30 + 0x0660) {
                scalars.append(digit)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The integer `n` in this style.
    public func format(_ n: Int) -> String { apply(String(n)) }
}
