package social.murmur.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Memory of processes, read from /proc where there is one. Proportional set size (PSS)
 * counts a page shared by several processes (PostgreSQL's shared buffers, the JVM's
 * shared libraries) once across them, so the figures of a group of processes add up to
 * what the group really uses.
 */
final class Memory {

	private Memory() {
	}

	/**
	 * The memory of a process and all its descendants, in kilobytes; 0 where it cannot be
	 * read.
	 */
	static long kilobytesWithDescendants(ProcessHandle process) {
		return Stream.concat(Stream.of(process), process.descendants())
			.mapToLong((handle) -> kilobytes(handle.pid()))
			.sum();
	}

	static long kilobytes(long pid) {
		Path proc = Path.of("/proc", Long.toString(pid));
		long pss = field(proc.resolve("smaps_rollup"), "Pss:");
		return (pss > 0) ? pss : field(proc.resolve("status"), "VmRSS:");
	}

	private static long field(Path file, String name) {
		try {
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith(name)) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux, or the process is gone
		}
		return 0;
	}

}
