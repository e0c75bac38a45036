/// A list of located items stored as two side-by-side arrays: the values, and where each was
/// found. The values array is handed to the `Graph` as it is (no copy at the end of loading),
/// and the positions live only as long as the loading does.
struct LocatedList<Value>: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    /// Where one item was found: the item, and the keys a diagnostic may point at.
    struct Place {
        var location: SourceLocation
        var keyLocations: KeyLocations
    }

    /// The items' values, in order.
    private(set) var values: [Value] = []
    private var places: [Place] = []

    init() {}

    init(arrayLiteral elements: Located<Value>...) {
        for element in elements { append(element) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { values.count }

    subscript(position: Int) -> Located<Value> {
        get {
            let place = places[position]
            return Located(value: values[position], location: place.location, keyLocations: place.keyLocations)
        }
        set {
            values[position] = newValue.value
            places[position] = Place(location: newValue.location, keyLocations: newValue.keyLocations)
        }
    }

    /// The value of item `position`, changed in place.
    subscript(valueAt position: Int) -> Value {
        get { values[position] }
        set { values[position] = newValue }
    }

    /// The key positions of item `position`, changed in place.
    subscript(keyLocationsAt position: Int) -> KeyLocations {
        get { places[position].keyLocations }
        set { places[position].keyLocations = newValue }
    }

    mutating func append(_ item: Located<Value>) {
        values.append(item.value)
        places.append(Place(location: item.location, keyLocations: item.keyLocations))
    }

    mutating func reserveCapacity(_ capacity: Int) {
        values.reserveCapacity(capacity)
        places.reserveCapacity(capacity)
    }

    mutating func removeLast(_ count: Int) {
        values.removeLast(count)
        places.removeLast(count)
    }
}
