/// The numbers a user may want to tune, in one place.
public enum Tuning {
    /// Paragraphs shorter than this many words merge with the next one.
    public static let passageMinWords = 25
    /// Paragraphs longer than this split into windows of whole sentences.
    public static let passageMaxWords = 150
    /// A window aims at this many words; consecutive windows share their
    /// boundary sentence, so a match across it is found in one passage.
    public static let windowTargetWords = 100

    /// Files larger than this are read only up to this size.
    public static let maxFileBytes = 64 << 20
}
