//! Documents processed in parallel and delivered in input order, with a bound on the
//! documents in flight (read but not yet delivered), so that memory does not grow with the
//! corpus.

use std::collections::BTreeMap;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc};

use crate::input::{Item, Label};
use crate::process::{process, Done, Job};
use crate::progress::Progress;

/// A document's result, as delivered: where it came from, its size, its output or error.
pub struct Delivery {
    /// Where the document came from.
    pub label: Label,
    /// The bytes of input it took.
    pub size: u64,
    /// Its output, or a one-line reason it has none.
    pub result: Result<Done, String>,
}

/// Documents in flight per worker: enough to keep every worker busy while the main thread
/// reads and writes, few enough that memory holds only a handful of documents.
const IN_FLIGHT_PER_JOB: usize = 4;

/// Processes `items` on `jobs` threads and hands each result to `deliver` in input order,
/// as soon as it and all before it are done. Stops at the first error `deliver` returns.
///
/// # Errors
/// The first error of `deliver` (writing the output).
pub fn run(
    items: impl Iterator<Item = Item>,
    jobs: usize,
    job: Arc<Job>,
    progress: &mut Progress,
    mut deliver: impl FnMut(Delivery, &mut Progress) -> io::Result<()>,
) -> io::Result<()> {
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("urdu-worker-{i}"))
        .build()
    {
        Ok(pool) => pool,
        Err(_) => {
            // No threads to be had: do the work here, one document after another.
            for item in items {
                progress.read();
                let delivery = work(&job, item);
                deliver(delivery, progress)?;
            }
            return Ok(());
        }
    };
    let limit = jobs.max(1) * IN_FLIGHT_PER_JOB;
    let (tx, rx) = mpsc::channel::<(usize, Delivery)>();
    let mut ready: BTreeMap<usize, Delivery> = BTreeMap::new();
    let (mut sent, mut next) = (0usize, 0usize);

    // Hands over every result that is next in order.
    let mut flush = |ready: &mut BTreeMap<usize, Delivery>,
                     next: &mut usize,
                     progress: &mut Progress|
     -> io::Result<()> {
        while let Some(delivery) = ready.remove(next) {
            *next += 1;
            deliver(delivery, progress)?;
        }
        Ok(())
    };

    for item in items {
        progress.read();
        while sent - next >= limit {
            let Ok((seq, delivery)) = rx.recv() else {
                break;
            };
            ready.insert(seq, delivery);
            flush(&mut ready, &mut next, progress)?;
        }
        let (tx, job, seq) = (tx.clone(), Arc::clone(&job), sent);
        pool.spawn(move || {
            // The receiver is gone only if the main thread stopped on a write error.
            let _ = tx.send((seq, work(&job, item)));
        });
        sent += 1;
        while let Ok((seq, delivery)) = rx.try_recv() {
            ready.insert(seq, delivery);
        }
        flush(&mut ready, &mut next, progress)?;
    }
    drop(tx);
    while next < sent {
        let Ok((seq, delivery)) = rx.recv() else {
            break;
        };
        ready.insert(seq, delivery);
        flush(&mut ready, &mut next, progress)?;
    }
    Ok(())
}

/// Processes one document; a panic (a bug: the library promises none) becomes the
/// document's error instead of ending the run.
fn work(job: &Job, item: Item) -> Delivery {
    let (label, size) = (item.label.clone(), item.size);
    let result = catch_unwind(AssertUnwindSafe(|| process(job, item))).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(format!(
            "internal error (please report it with this document): {}",
            what.replace('\n', " ")
        ))
    });
    Delivery {
        label,
        size,
        result,
    }
}
