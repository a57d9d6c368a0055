// A fixed copy of one class of rapaio-jupyter-kernel 3.0.1 (io.github.padreati), used only by CI's
// notebook runs: see .ci/jupyter/setup.sh. Changes from 3.0.1 are marked "MENDED".
package org.rapaio.jupyter.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Stack;

import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageId;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.IOPubStatus;
import org.rapaio.jupyter.kernel.message.messages.IOPubStream;
import org.rapaio.org.zeromq.ZMQ; // the kernel jar shades org.zeromq under org.rapaio

@SuppressWarnings( {"unchecked", "rawtypes"})
public final class Channels {

    private final ConnectionProperties connProps;

    private final ZMQ.Context ctx;

    private final HeartbeatChannel heartbeat;
    private final ShellChannel shell;
    private final ControlChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;

    private final Set<AbstractChannel> channels;
    private final Stack<Runnable> afterActions = new Stack<>();

    // MENDED: volatile, as they are read and written by more than one thread (main, Shell-*, Control-*, and
    // the JShell executor thread); handlers is filled completely before any channel thread starts.
    private volatile Map<MessageType<?>, MessageHandler> handlers = Collections.emptyMap();
    private volatile MessageId<?> msgId;

    private boolean isConnected = false;
    private volatile boolean requestShutdown = false;
    private boolean closed = false;

    // MENDED: in 3.0.1 the control thread (shutdown_request, interrupt_request) used the same msgId and
    // after-action stack as the shell thread: an interrupt_request during an execute_request replaced the
    // execute's msgId, ran the execute's after-actions (its idle status, freeMsgId) early, so the execute's
    // own idle and reply went out with no parent and the client waited forever. Also its replies went out
    // on the shell socket. Requests handled on the control thread now have their own id and stack, and
    // their replies go on the control socket.
    private volatile Thread controlThread;
    private volatile MessageId<?> controlMsgId;
    private final Stack<Runnable> controlAfterActions = new Stack<>();

    public Channels(ConnectionProperties connProps) throws NoSuchAlgorithmException, InvalidKeyException {
        this.connProps = connProps;
        ctx = ZMQ.context(1);

        HMACDigest hmacDigest = connProps.createHMACDigest();

        heartbeat = new HeartbeatChannel(this, ctx, hmacDigest);
        shell = new ShellChannel(this, ctx, hmacDigest, this);
        control = new ControlChannel(this, ctx, hmacDigest);
        stdin = new StdinChannel(this, ctx, hmacDigest);
        iopub = new IOPubChannel(this, ctx, hmacDigest);

        channels = Set.of(heartbeat, shell, control, stdin, iopub);
    }

    /**
     * MENDED. 3.0.1 bound the channels first (bind() of shell, control and heartbeat also STARTS their loop
     * threads) and only then set the kernel's back-reference and filled the handler map, from the main
     * thread: a request arriving in between met a null map (NullPointerException in getHandler, the shell
     * thread dies, the kernel never answers) or a half-filled one ("Unhandled message: kernel_info_request",
     * the request is dropped). It also bound the IOPub socket in Set.of's arbitrary order, possibly while a
     * started shell thread already published on it (a ZeroMQ socket used by two threads at once). Here:
     * back-reference and handlers first, then the sockets no thread polls (iopub, stdin), the "starting"
     * status, and last the channels that start a thread. Thread.start() publishes everything done before it.
     */
    public void connect(RapaioKernel kernel) {
        if (!isConnected) {
            kernel.registerChannels(this);

            Map<MessageType<?>, MessageHandler> map = new HashMap<>();
            map.put(MessageType.SHELL_EXECUTE_REQUEST, kernel::handleExecuteRequest);
            map.put(MessageType.SHELL_INSPECT_REQUEST, kernel::handleInspectRequest);
            map.put(MessageType.SHELL_COMPLETE_REQUEST, kernel::handleCompleteRequest);
            map.put(MessageType.SHELL_HISTORY_REQUEST, kernel::handleHistoryRequest);
            map.put(MessageType.SHELL_IS_COMPLETE_REQUEST, kernel::handleIsCompleteRequest);
            map.put(MessageType.SHELL_KERNEL_INFO_REQUEST, kernel::handleKernelInfoRequest);
            map.put(MessageType.CONTROL_SHUTDOWN_REQUEST, kernel::handleShutdownRequest);
            map.put(MessageType.CONTROL_INTERRUPT_REQUEST, kernel::handleInterruptRequest);
            map.put(MessageType.CUSTOM_COMM_OPEN, kernel::handleCommOpenCommand);
            map.put(MessageType.CUSTOM_COMM_MSG, kernel::handleCommMsgCommand);
            map.put(MessageType.CUSTOM_COMM_CLOSE, kernel::handleCommCloseCommand);
            map.put(MessageType.SHELL_COMM_INFO_REQUEST, kernel::handleCommInfoRequest);
            handlers = Collections.unmodifiableMap(map);

            iopub.bind(connProps);
            stdin.bind(connProps);
            iopub.sendMessage(new Message<>(MessageType.IOPUB_STATUS, IOPubStatus.STARTING));
            heartbeat.bind(connProps);
            control.bind(connProps);
            shell.bind(connProps);

            isConnected = true;
        }
    }

    public <T> MessageHandler<T> getHandler(MessageType<T> type) {
        return handlers.get(type);
    }

    /**
     * MENDED: once only. In 3.0.1 the control thread (shutdown_request) and the shell thread (which checks
     * isMarkedForShutdown() after every message it handles) could both close every socket and the context.
     */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        channels.forEach(AbstractChannel::close);
        ctx.close();
    }

    public void joinUntilClose() {
        channels.forEach(AbstractChannel::joinUntilClose);
    }

    void setControlThread(Thread thread) {
        controlThread = thread;
    }

    private boolean onControl() {
        return Thread.currentThread() == controlThread;
    }

    private MessageId<?> currentMsgId() {
        return onControl() ? controlMsgId : msgId;
    }

    private AbstractChannel replyChannel() {
        return onControl() ? control : shell;
    }

    private Stack<Runnable> currentAfterActions() {
        return onControl() ? controlAfterActions : afterActions;
    }

    public boolean hasMsgId() {
        return currentMsgId() != null;
    }

    public void setMsgId(MessageId<?> msgId) {
        if (onControl()) {
            this.controlMsgId = msgId;
        } else {
            this.msgId = msgId;
        }
    }

    public void freeMsgId() {
        setMsgId(null);
    }

    public void markForShutdown() {
        requestShutdown = true;
    }

    public boolean isMarkedForShutdown() {
        return requestShutdown;
    }

    public void writeToStdOut(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.OUT, msg));
    }

    public void writeToStdErr(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.ERR, msg));
    }

    public String readFromStdIn() {
        return stdin.getInput(currentMsgId(), "", false);
    }

    public <T extends ContentType<T>> void publish(T content) {
        iopub.sendMessage(new Message<>(currentMsgId(), content.type(), content));
    }

    public <T extends ContentType<T>> void reply(T content) {
        replyChannel().sendMessage(new Message<>(currentMsgId(), content.type(), content));
    }

    public void replyError(MessageType<?> type, ErrorReply error) {
        replyChannel().sendMessage(new Message(currentMsgId(), type, error));
    }

    public void scheduleAfter(Runnable action) {
        currentAfterActions().push(action);
    }

    public void runAfterActions() {
        Stack<Runnable> actions = currentAfterActions();
        while (!actions.isEmpty()) {
            actions.pop().run();
        }
    }

    public void busyThenIdle() {
        publish(IOPubStatus.BUSY);
        scheduleAfter(() -> publish(IOPubStatus.IDLE));
    }
}
