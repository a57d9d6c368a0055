package backprop.export.grade.session;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The sandbox's system-call filter, as the classic BPF program bubblewrap's {@code --seccomp FD} loads: no new
 * process. fork and vfork fail with EPERM, clone fails unless it makes a thread (CLONE_THREAD, as pthread_create
 * does), clone3 fails with ENOSYS so that the C library falls back to clone, where the flags can be read; the x32
 * system calls fail. Everything else is allowed: the JVM needs threads, files and memory, and the rest of the
 * boundary is bubblewrap's namespaces and the resource limits. x86-64 and AArch64; any other architecture is
 * killed, so that a filter written for one cannot be dodged on another.
 */
final class Seccomp {
    private static final int LD_W_ABS = 0x20;
    private static final int JEQ = 0x15;
    private static final int JGE = 0x35;
    private static final int JSET = 0x45;
    private static final int RET = 0x06;
    private static final int ALLOW = 0x7fff0000;
    private static final int KILL_PROCESS = 0x80000000;
    private static final int ERRNO = 0x00050000;
    private static final int EPERM = 1;
    private static final int ENOSYS = 38;
    private static final int AUDIT_ARCH_X86_64 = 0xC000003E;
    private static final int AUDIT_ARCH_AARCH64 = 0xC00000B7;
    private static final int CLONE_THREAD = 0x00010000;
    private static final int X32_BIT = 0x40000000;

    private Seccomp() {
    }

    /** One instruction; a jump names its targets by label (null: the next instruction). */
    private record Insn(String label, int code, String whenTrue, String whenFalse, int k) {
    }

    /** The program, as bytes of struct sock_filter in little-endian order (both architectures' order). */
    static byte[] program() {
        List<Insn> p = List.of(
                new Insn(null, LD_W_ABS, null, null, 4),                    // the architecture
                new Insn(null, JEQ, "x86", null, AUDIT_ARCH_X86_64),
                new Insn(null, JEQ, "arm", "kill", AUDIT_ARCH_AARCH64),
                new Insn("kill", RET, null, null, KILL_PROCESS),
                new Insn("x86", LD_W_ABS, null, null, 0),                   // the system call's number
                new Insn(null, JGE, "eperm", null, X32_BIT),
                new Insn(null, JEQ, "eperm", null, 57),                     // fork
                new Insn(null, JEQ, "eperm", null, 58),                     // vfork
                new Insn(null, JEQ, "enosys", null, 435),                   // clone3
                new Insn(null, JEQ, "clone", "allow", 56),                  // clone
                new Insn("arm", LD_W_ABS, null, null, 0),
                new Insn(null, JEQ, "enosys", null, 435),                   // clone3
                new Insn(null, JEQ, "clone", "allow", 220),                 // clone
                new Insn("clone", LD_W_ABS, null, null, 16),                // args[0]'s low word: the flags
                new Insn(null, JSET, "allow", "eperm", CLONE_THREAD),
                new Insn("allow", RET, null, null, ALLOW),
                new Insn("eperm", RET, null, null, ERRNO | EPERM),
                new Insn("enosys", RET, null, null, ERRNO | ENOSYS));
        ByteBuffer bytes = ByteBuffer.allocate(8 * p.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < p.size(); i++) {
            Insn insn = p.get(i);
            bytes.putShort((short) insn.code()).put(jump(p, i, insn.whenTrue())).put(jump(p, i, insn.whenFalse()))
                    .putInt(insn.k());
        }
        return bytes.array();
    }

    /** The offset from the instruction after {@code from} to {@code label}'s (0: the next one). */
    private static byte jump(List<Insn> p, int from, String label) {
        if (label == null) {
            return 0;
        }
        for (int i = from + 1; i < p.size(); i++) {
            if (label.equals(p.get(i).label())) {
                return (byte) (i - from - 1);
            }
        }
        throw new IllegalStateException("no label " + label + " after instruction " + from);
    }
}
