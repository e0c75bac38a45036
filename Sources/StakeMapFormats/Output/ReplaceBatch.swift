import Foundation
import StakeMap
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Regular files replaced together: each staged to a temporary file beside its target, then all
/// renamed in one pass under a lock on their folders, with the old files kept (as hard links)
/// until every rename has succeeded.
struct ReplaceBatch {
    private struct Staged {
        let path: String
        let target: String
        let temporary: String
        var backup: String?
        var renamed = false
    }

    private var staged: [Staged] = []
    private var locks: [Int32] = []

    /// Writes `data` to a new temporary file beside `target`, flushed to disk, with the mode (and
    /// where allowed the owner) of the file it will replace.
    mutating func stage(_ data: Data, path: String, target: String) throws(StakeMapError) {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let suffix = "\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(suffix).tmp"
        var old = stat()
        let replacing = stat(target, &old) == 0
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, replacing ? old.st_mode & 0o7777 : 0o666)
        guard descriptor >= 0 else { throw StreamOutput.failure(path) }
        Interruption.current.removeOnInterrupt(temporary)
        staged.append(Staged(path: path, target: target, temporary: temporary))
        var closed = false
        defer { if !closed { close(descriptor) } }
        if replacing {
            _ = fchmod(descriptor, old.st_mode & 0o7777)
            _ = fchown(descriptor, old.st_uid, old.st_gid)
        }
        try StreamOutput.write(data, toDescriptor: descriptor, name: "'\(path)'")
        guard fsync(descriptor) == 0 else { throw StreamOutput.failure(path) }
        closed = true
        guard close(descriptor) == 0 else { throw StreamOutput.failure(path) }
    }

    /// Renames every staged file over its target; on failure puts the old files back.
    mutating func commit() throws(StakeMapError) {
        lockFolders()
        defer { unlockFolders() }
        if staged.count > 1 {
            for index in staged.indices {
                let backup = staged[index].temporary.replacingOccurrences(of: ".tmp", with: ".old", options: .backwards)
                if link(staged[index].target, backup) == 0 { staged[index].backup = backup }
            }
        }
        for index in staged.indices {
            guard rename(staged[index].temporary, staged[index].target) == 0 else {
                throw StreamOutput.failure(staged[index].path)
            }
            staged[index].renamed = true
        }
        for item in staged {
            if let backup = item.backup { unlink(backup) }
            Interruption.current.forget(item.temporary)
        }
        syncFolders()
        staged.removeAll()
    }

    /// Removes the temporaries and restores the files already replaced.
    mutating func rollBack() {
        for item in staged.reversed() {
            if item.renamed {
                if let backup = item.backup { rename(backup, item.target) } else { unlink(item.target) }
            } else {
                unlink(item.temporary)
                if let backup = item.backup { unlink(backup) }
            }
            Interruption.current.forget(item.temporary)
        }
        staged.removeAll()
        unlockFolders()
    }

    private var folders: [String] {
        Set(staged.map { ($0.target as NSString).deletingLastPathComponent }).map { $0.isEmpty ? "." : $0 }.sorted()
    }

    private mutating func lockFolders() {
        for folder in folders {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            _ = flock(descriptor, LOCK_EX)
            locks.append(descriptor)
        }
    }

    private mutating func unlockFolders() {
        for descriptor in locks { close(descriptor) }
        locks.removeAll()
    }

    private func syncFolders() {
        for descriptor in locks { _ = fsync(descriptor) }
    }
}
