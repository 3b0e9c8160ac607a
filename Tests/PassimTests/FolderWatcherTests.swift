import Glibc
import Testing
@testable import PassimIndex

@Suite struct FolderWatcherTests {
    /// Waits until `stop` says so after `seconds`, with short quiet and longest waits.
    private func wait(_ watcher: FolderWatcher, giveUpAfter seconds: Double = 0.6) throws -> FolderWatcher.Outcome {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        return try watcher.waitForChanges(quiet: .milliseconds(50), longest: .seconds(2)) { ContinuousClock.now > deadline }
    }

    @Test func anArticleWrittenIsAChange() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let watcher = try FolderWatcher(root: folder.path, excluding: folder.path + "/.passim")
        folder.write("a.txt", "text")
        #expect(try wait(watcher, giveUpAfter: 5) == .changed)
    }

    @Test func theFoldersDatesFileIsAChangeButNotOneInASubfolder() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.makeFolders("sub")
        let watcher = try FolderWatcher(root: folder.path, excluding: folder.path + "/.passim")
        folder.write("sub/dates.tsv", "a.txt\t2020-01-02\n")
        #expect(try wait(watcher) == .stopped(pending: false))
        folder.write("dates.tsv", "a.txt\t2020-01-02\n")
        #expect(try wait(watcher, giveUpAfter: 5) == .changed)
    }

    @Test func hiddenFilesOtherFilesAndTheIndexAreNot() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.makeFolders("index")
        let watcher = try FolderWatcher(root: folder.path, excluding: folder.path + "/index")
        folder.write(".a.txt.swp", "text")
        folder.write("photo.png", "png")
        folder.write(".passim/shard-0/postings.glass", "x")
        folder.write("index/lock", "1")
        #expect(try wait(watcher) == .stopped(pending: false))
    }

    @Test func newFoldersAreWatchedAndRemovedOnesDropped() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        folder.makeFolders("old")
        let watcher = try FolderWatcher(root: folder.path, excluding: folder.path + "/.passim")
        #expect(watcher.watchedFolders == 2)
        folder.makeFolders("world/europe")
        #expect(try wait(watcher, giveUpAfter: 5) == .changed)
        #expect(watcher.watchedFolders == 3 || watcher.watchedFolders == 4)
        folder.write("world/europe/a.md", "text")
        #expect(try wait(watcher, giveUpAfter: 5) == .changed)
        #expect(watcher.watchedFolders == 4)
        rmdir(folder.path + "/old")
        #expect(try wait(watcher, giveUpAfter: 5) == .changed)
        #expect(watcher.watchedFolders == 3)
    }

    @Test func aFolderMovedOutIsNoLongerWatched() throws {
        let folder = IngestFolder(), outside = IngestFolder()
        defer { folder.remove(); outside.remove() }
        folder.makeFolders("a/b")
        let watcher = try FolderWatcher(root: folder.path, excluding: folder.path + "/.passim")
        #expect(watcher.watchedFolders == 3)
        #expect(rename(folder.path + "/a", outside.path + "/a") == 0)
        #expect(try wait(watcher, giveUpAfter: 5) == .changed)
        #expect(watcher.watchedFolders == 1)
        outside.write("a/b/c.txt", "text")
        #expect(try wait(watcher) == .stopped(pending: false))
    }

    @Test func theFolderGoingIsAnError() throws {
        let folder = IngestFolder()
        let watcher = try FolderWatcher(root: folder.path, excluding: folder.path + "/.passim")
        folder.remove()
        #expect(throws: PassimError.corpus("\(folder.path) was removed or moved; stopped watching it")) {
            try wait(watcher, giveUpAfter: 5)
        }
    }

    @Test func stoppingWithChangesPendingSaysSo() throws {
        let folder = IngestFolder()
        defer { folder.remove() }
        let watcher = try FolderWatcher(root: folder.path, excluding: folder.path + "/.passim")
        folder.write("a.txt", "text")
        var asked = 0
        // Long quiet: the change is read, then stop is asked before the folder counts as settled.
        let outcome = try watcher.waitForChanges(quiet: .seconds(30), longest: .seconds(30)) {
            asked += 1
            return asked > 3
        }
        #expect(outcome == .stopped(pending: true))
    }
}
