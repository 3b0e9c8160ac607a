#if canImport(Glibc)
import Glibc
import PassimOutput
#endif

#if FUZZING
/// libFuzzer calls this with each input it makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.exercise(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The executable's entry point under libFuzzer: hand over to its driver.
@_cdecl("passim_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without libFuzzer: replays the files named on the command line (saved
/// crashes, the regression inputs), so a fixed crash stays fixed.
@main
struct Replay {
    static func main() {
        var failures = 0
        for path in CommandLine.arguments.dropFirst() {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { OutputStream(fd: 2).write("passim-fuzz: cannot open \(path)\n"); failures += 1; continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                bytes += buffer[0..<n]
            }
            close(fd)
            FuzzInput.exercise(bytes)
        }
        exit(failures == 0 ? 0 : 2)
    }
}
#endif
