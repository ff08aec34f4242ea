// Progress on stderr: a bar redrawn in place on a terminal, one plain line per file otherwise (logs, CI).
export interface Progress {
  done(name: string): void;
  /** More inputs found on the way (attachments of fetched pages). */
  add(count: number): void;
  end(): void;
}

export function progressReporter(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0;
  if (!stream.isTTY) {
    return {
      done: (name) => stream.write(`[${++count}/${total}] ${name}\n`),
      add: (more) => void (total += more),
      end: () => {},
    };
  }
  const width = 30;
  return {
    done(name) {
      count++;
      const filled = Math.round((count / Math.max(total, 1)) * width);
      const label = name.length > 40 ? `…${name.slice(-39)}` : name;
      stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${label}`);
    },
    add: (more) => void (total += more),
    end: () => stream.write('\n'),
  };
}
