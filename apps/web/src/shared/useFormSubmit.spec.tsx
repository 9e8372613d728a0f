import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderOnBoard } from '../test/render';
import type { FormRefusal } from './formRefusal';
import { fieldMessage, message, Message } from './Message';
import { type FormSubmitOptions, useFormSubmit } from './useFormSubmit';

interface Values {
  email: string;
  title: string;
}

type Options = Omit<FormSubmitOptions<Values, Values>, 'order'>;

/** The smallest form that uses the hook: two fields, what was refused, a submit button. */
function TestForm(options: Options) {
  const form = useForm<Values>({
    initialValues: { email: '', title: '' },
    validate: {
      title: (value) => (value.trim() ? null : fieldMessage(message('challengeForm.errors.titleRequired'))),
    },
  });
  const { onSubmit, submitting, failure } = useFormSubmit(form, { order: ['email', 'title'], ...options });
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextInput label="Email" {...form.getInputProps('email')} />
      <TextInput label="Title" {...form.getInputProps('title')} />
      {failure && (
        <p role="alert">
          <Message message={failure} />
        </p>
      )}
      <button type="submit" aria-busy={submitting}>
        Send
      </button>
    </form>
  );
}

const refused = (refusal: FormRefusal<string>) => () => refusal;
const send = () => screen.getByRole('button', { name: 'Send' });
const title = () => screen.getByRole('textbox', { name: 'Title' });
const email = () => screen.getByRole('textbox', { name: 'Email' });

/** A promise the test settles when it wants. */
function deferred() {
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

describe('useFormSubmit', () => {
  it('checks the values first: nothing is sent, and the first field in error gets the focus', async () => {
    const sendValues = jest.fn(() => Promise.resolve());
    renderOnBoard(<TestForm send={sendValues} refusal={refused({ fields: {}, form: null })} />, {
      lng: 'en',
    });

    await userEvent.click(send());

    expect(sendValues).not.toHaveBeenCalled();
    expect(title()).toHaveAccessibleDescription('Give your challenge a title.');
    expect(title()).toHaveFocus();
  });

  it('sends the values once while busy, then is ready again', async () => {
    const answer = deferred();
    const sendValues = jest.fn(() => answer.promise);
    renderOnBoard(<TestForm send={sendValues} refusal={refused({ fields: {}, form: null })} />, {
      lng: 'en',
    });
    await userEvent.type(title(), 'Des binômes');

    await userEvent.click(send());
    await userEvent.click(send());
    expect(send()).toHaveAttribute('aria-busy', 'true');
    expect(sendValues).toHaveBeenCalledTimes(1);
    expect(sendValues).toHaveBeenCalledWith({ email: '', title: 'Des binômes' });

    answer.resolve();
    await waitFor(() => expect(send()).toHaveAttribute('aria-busy', 'false'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a refusal under the fields it names and above the button, and focuses the first one', async () => {
    const onRefused = jest.fn();
    renderOnBoard(
      <TestForm
        send={() => Promise.reject(new Error('refused'))}
        refusal={refused({
          fields: { title: message('form.errors.unknown'), email: message('form.errors.emailTaken') },
          form: message('form.errors.forbidden'),
        })}
        onRefused={onRefused}
      />,
      { lng: 'en' },
    );
    await userEvent.type(title(), 'Des binômes');

    await userEvent.click(send());

    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do that.');
    expect(email()).toHaveAccessibleDescription(/already/i);
    expect(title()).toHaveAccessibleDescription('That did not work. Try again in a moment.');
    expect(email()).toHaveFocus();
    expect(onRefused).toHaveBeenCalledWith(
      expect.objectContaining({ form: message('form.errors.forbidden') }),
    );
    expect(send()).toHaveAttribute('aria-busy', 'false');
  });

  it('forgets the last refusal when sent again', async () => {
    const sendValues = jest
      .fn<Promise<void>, [Values]>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(undefined);
    renderOnBoard(
      <TestForm send={sendValues} refusal={refused({ fields: {}, form: message('form.errors.network') })} />,
      { lng: 'en' },
    );
    await userEvent.type(title(), 'Des binômes');

    await userEvent.click(send());
    expect(await screen.findByRole('alert')).toHaveTextContent('The server is not answering.');

    await userEvent.click(send());
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(sendValues).toHaveBeenCalledTimes(2);
  });

  it('stays busy after success when the form goes away once sent', async () => {
    const sendValues = jest.fn(() => Promise.resolve());
    renderOnBoard(
      <TestForm send={sendValues} refusal={refused({ fields: {}, form: null })} leavesOnSuccess />,
      { lng: 'en' },
    );
    await userEvent.type(title(), 'Des binômes');

    await userEvent.click(send());
    await waitFor(() => expect(sendValues).toHaveBeenCalledTimes(1));
    await userEvent.click(send());

    expect(send()).toHaveAttribute('aria-busy', 'true');
    expect(sendValues).toHaveBeenCalledTimes(1);
  });
});
