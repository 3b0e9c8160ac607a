extension Duration {
    /// In seconds, fractions included: for rates and elapsed times shown to a user.
    package var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
