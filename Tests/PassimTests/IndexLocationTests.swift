import Testing
#if canImport(Glibc)
import Glibc
@testable import PassimIndex
#endif

@Suite(.serialized) struct IndexLocationTests {
    let root: String
    init() {
        var template = Array("/tmp/passim-location-XXXXXX".utf8CString)
        root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        unsetenv(IndexLocation.environmentVariable)
    }

    private func mkdirs(_ path: String) { _ = system("mkdir -p '\(root)/\(path)'") }

    @Test func searchWalksUpToTheNearestIndexLikeGit() throws {
        mkdirs("corpus/.passim")
        mkdirs("corpus/world/europe")
        #expect(try IndexLocation.find(explicit: nil, from: root + "/corpus/world/europe") == root + "/corpus/.passim")
        _ = system("rm -rf '\(root)'")
    }

    @Test func theOneIndexedSubfolderIsFoundFromItsParent() throws {
        mkdirs("seeds/.passim")
        mkdirs("other")
        #expect(try IndexLocation.find(explicit: nil, from: root) == root + "/seeds/.passim")
        mkdirs("more/.passim")
        #expect(throws: PassimError.self) { try IndexLocation.find(explicit: nil, from: root) }
        _ = system("rm -rf '\(root)'")
    }

    @Test func anExplicitPathWinsAndNoIndexIsAClearError() throws {
        #expect(try IndexLocation.find(explicit: "/x/y", from: root) == "/x/y")
        do {
            _ = try IndexLocation.find(explicit: nil, from: root)
            Issue.record("found an index in an empty folder")
        } catch {
            #expect(error.description.contains("passim index FOLDER"))
        }
        _ = system("rm -rf '\(root)'")
    }
}
