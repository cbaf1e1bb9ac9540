import { lazy, useState } from 'react';
import { DialogLoading } from '../layout/DialogLoading';
import { LazyPart } from '../layout/LazyPart';

// Few visitors are teachers making a link: the dialog's code loads when it is first opened.
const TeacherLinkDialog = lazy(() => import('./TeacherLinkDialog').then((module) => ({ default: module.TeacherLinkDialog })));

/** The header button that opens the teacher-link dialog. */
export function TeacherLinkButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Teacher link
      </button>
      {open && (
        <LazyPart name="The teacher link dialog" loading={<DialogLoading />}>
          <TeacherLinkDialog onClose={() => setOpen(false)} />
        </LazyPart>
      )}
    </>
  );
}
