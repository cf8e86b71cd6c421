package org.palpa.adapter.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.palpa.app.analysis.BlockSource;
import org.palpa.app.analysis.TraceBlock;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.Unit;

/**
 * Reads a CSV trace as {@link CsvTraceReader} does, in blocks of rows for an analysis. The file is
 * read in pieces of about a megabyte, each cut after a line's end, and the pieces are parsed on
 * {@code pool} (several at once when the pool has several threads), at most a few ahead of the
 * consumer, so memory does not grow with the file. They come out in order, and the first bad line
 * is reported with the file's line number, as the line-by-line reader reports it. The header and
 * the sample rate come from {@link CsvTraceReader} on the first piece. Palpa's own export is read
 * through {@link CsvTraceReader}, a block of frames at a time.
 */
public final class CsvBlockReader implements BlockSource, AutoCloseable {
    private static final int PIECE_BYTES = 1 << 20;
    private static final int PIECES_AHEAD = 4;
    private static final int FIRST_PIECE_LINES = 256;
    private static final int EXPORT_ROWS = 8192;

    private final String name;
    private final DeviceInfo device;
    private final List<String> labels;
    private final Executor pool;
    private final int pieceBytes;
    private final InputStream in;
    private final CsvTraceReader export;
    private final ArrayDeque<CompletableFuture<CsvPiece.Parsed>> ahead = new ArrayDeque<>();
    private final Queue<byte[]> freeBuffers = new ConcurrentLinkedQueue<>();
    private final Queue<TraceBlock> freeBlocks = new ConcurrentLinkedQueue<>();
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private long linesBefore;
    private double lastTime = Double.NEGATIVE_INFINITY;

    /**
     * Opens {@code file} and reads enough of it to know its channels and rate.
     *
     * @param unit the unit of the channel values (Palpa's export says its own)
     * @param pool where pieces are parsed; {@code Runnable::run} parses them on the caller's thread
     */
    public static CsvBlockReader open(Path file, Unit unit, Executor pool) throws IOException {
        return open(file, unit, pool, PIECE_BYTES);
    }

    /** As {@link #open(Path, Unit, Executor)}, cutting pieces of about {@code pieceBytes}. */
    static CsvBlockReader open(Path file, Unit unit, Executor pool, int pieceBytes) throws IOException {
        String name = file.getFileName().toString();
        Reader text = TidyExportReader.open(file);
        if (text instanceof TidyExportReader) {
            return new CsvBlockReader(name, new CsvTraceReader(name, text, unit));
        }
        text.close();
        InputStream in = Files.newInputStream(file);
        try {
            return new CsvBlockReader(name, in, unit, pool, pieceBytes);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private CsvBlockReader(String name, CsvTraceReader export) {
        this.name = name;
        this.export = export;
        this.device = export.device();
        this.labels = export.labels();
        this.pool = Runnable::run;
        this.in = null;
        this.pieceBytes = PIECE_BYTES;
    }

    private CsvBlockReader(String name, InputStream in, Unit unit, Executor pool, int pieceBytes) throws IOException {
        this.name = name;
        this.pieceBytes = pieceBytes;
        this.in = in;
        this.pool = pool;
        this.export = null;
        Piece first = piece(FIRST_PIECE_LINES);
        if (first == null) {
            throw new InputFormatException(name, 0, null, "the file has no data rows");
        }
        CsvTraceReader head = new CsvTraceReader(name, new StringReader(strictText(first)), unit);
        this.device = head.device();
        this.labels = head.labels();
        parseAhead(first, (int) head.headerLine());
    }

    /** Whole lines of the file in {@code bytes[0, length)}; the array goes back to the free list once parsed. */
    private record Piece(byte[] bytes, int length) {
    }

    private void parseAhead(Piece piece, int skipLines) {
        ahead.add(CompletableFuture.supplyAsync(() -> {
            CsvPiece.Parsed parsed = CsvPiece.parse(piece.bytes(), piece.length(), skipLines, labels, freeBlocks.poll());
            freeBuffers.add(piece.bytes());
            return parsed;
        }, pool));
    }

    /** The piece's first lines, enough for the header and the rate, as text; or one line saying they are not UTF-8 and where. */
    private String strictText(Piece first) {
        byte[] piece = first.bytes();
        int end = 0;
        for (int lines = 0; end < first.length() && lines < FIRST_PIECE_LINES; end++) {
            lines += piece[end] == '\n' ? 1 : 0;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(piece, 0, end);
        try {
            return utf8.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            long line = 1;
            for (int i = 0; i < bytes.position() && i < piece.length; i++) {
                line += piece[i] == '\n' ? 1 : 0;
            }
            throw new InputFormatException(name, line, null, "not UTF-8 text (is it a spreadsheet or a binary file?)");
        }
    }

    /**
     * The next piece of the file, whole lines with at least {@code minLines} line ends unless the
     * file ends first, or null at the end of the file. What follows the last line end is carried
     * over to the next piece; at the end of the file the piece takes all that is left.
     */
    private Piece piece(int minLines) throws IOException {
        if (eof) {
            return null;
        }
        byte[] buf = buffer(Math.max(pieceBytes, carryLength * 2));
        System.arraycopy(carry, 0, buf, 0, carryLength);
        int length = carryLength;
        int cut = -1;
        while (!eof) {
            int n = in.readNBytes(buf, length, buf.length - length);
            eof = length + n < buf.length;
            length += n;
            cut = lastLineEnd(buf, length, minLines);
            if (cut >= 0) {
                break;
            }
            if (!eof) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        if (eof) {
            carryLength = 0;
            return length == 0 ? null : new Piece(buf, length);
        }
        carryLength = length - cut;
        if (carry.length < carryLength) {
            carry = new byte[Math.max(carryLength, 4096)];
        }
        System.arraycopy(buf, cut, carry, 0, carryLength);
        return new Piece(buf, cut);
    }

    /** A free buffer of at least {@code size} bytes. */
    private byte[] buffer(int size) {
        byte[] b = freeBuffers.poll();
        return b != null && b.length >= size ? b : new byte[size];
    }

    /** The index after the last line end in {@code buf[0, length)}, or -1 if it has fewer than {@code minLines}. */
    private static int lastLineEnd(byte[] buf, int length, int minLines) {
        if (minLines <= 1) {
            for (int i = length - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }
        int last = -1;
        int lines = 0;
        for (int i = 0; i < length; i++) {
            if (buf[i] == '\n') {
                last = i + 1;
                lines++;
            }
        }
        return lines >= minLines ? last : -1;
    }

    @Override
    public DeviceInfo device() {
        return device;
    }

    @Override
    public TraceBlock next() {
        if (export != null) {
            return nextExported();
        }
        while (true) {
            readAhead();
            CompletableFuture<CsvPiece.Parsed> next = ahead.poll();
            if (next == null) {
                return null;
            }
            CsvPiece.Parsed piece = parsed(next);
            long base = linesBefore;
            linesBefore += piece.lines();
            CsvPiece.Failure failure = piece.failure();
            // the piece checked its own rows; its first row's time against the previous piece is checked here,
            // and reported unless a bad line comes before it
            if (piece.block().rows() > 0 && !(piece.firstTime() > lastTime)
                    && (failure == null || failure.line() > piece.firstRowLine())) {
                throw new InputFormatException(name, base + piece.firstRowLine(), CsvTraceReader.column(0, labels),
                        CsvTraceReader.timeGoesBack(piece.firstTime(), lastTime));
            }
            if (failure != null) {
                throw new InputFormatException(name, base + failure.line(), failure.column(), failure.message());
            }
            if (piece.block().rows() > 0) {
                lastTime = piece.lastTime();
                return piece.block();
            }
        }
    }

    private void readAhead() {
        while (ahead.size() < PIECES_AHEAD) {
            Piece piece;
            try {
                piece = piece(1);
            } catch (IOException e) {
                throw new InputFormatException(name, linesBefore, null, CsvTraceReader.unreadable(e));
            }
            if (piece == null) {
                return;
            }
            parseAhead(piece, 0);
        }
    }

    /** Takes back a block that the analysis is done with, so that its arrays are used again. */
    @Override
    public void recycle(TraceBlock block) {
        freeBlocks.add(block);
    }

    private static CsvPiece.Parsed parsed(CompletableFuture<CsvPiece.Parsed> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private TraceBlock nextExported() {
        long[] nanos = new long[EXPORT_ROWS];
        double[][] columns = new double[labels.size()][EXPORT_ROWS];
        int rows = 0;
        Frame f;
        while (rows < EXPORT_ROWS && (f = export.next()) != null) {
            nanos[rows] = f.timestampNanos();
            for (int c = 0; c < columns.length; c++) {
                columns[c][rows] = f.value(c);
            }
            rows++;
        }
        return rows == 0 ? null : new TraceBlock(nanos, columns, rows);
    }

    @Override
    public void close() throws IOException {
        if (export != null) {
            export.close();
        } else {
            in.close();
        }
    }
}
