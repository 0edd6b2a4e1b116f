import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallers, useReferralPost, type Installer } from '../../api/referral.ts';
import { useSession } from '../../api/session.ts';
import { useFormat } from '../../app/format.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { useToast } from '../../kit/toast.tsx';
import { AddressFields, emptyAddress, type AddressValue } from './address-fields.tsx';
import { TextField } from '../../kit/fields.tsx';

/** REF-01: the installer directory, adding an installer, recording its charter signature. */
export function InstallersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const manage = user.role === 'admin' || user.role === 'supervisor';
  const installers = useInstallers();
  const [adding, setAdding] = useState(false);
  const [signing, setSigning] = useState<Installer | null>(null);
  const toast = useToast();
  const setActive = useReferralPost<{ id: string; active: boolean }>(
    (v) => `/api/referral/installers/${v.id}/active`,
    (v) => ({ active: v.active }),
  );

  const state = (i: Installer) =>
    i.receivesReferrals ? (
      <StatusPill tone="success">{t('referral.installers.receives')}</StatusPill>
    ) : !i.charterSignedAt ? (
      <StatusPill tone="warning">{t('referral.installers.notSignedState')}</StatusPill>
    ) : (
      <StatusPill tone="neutral">{t('referral.installers.inactive')}</StatusPill>
    );

  return (
    <div className="page">
      <PageHeader
        title={t('referral.installers.title')}
        subtitle={t('referral.installers.subtitle')}
        actions={
          manage ? (
            <Button variant="primary" icon="plus" onClick={() => setAdding(true)}>
              {t('referral.installers.add')}
            </Button>
          ) : null
        }
      />
      <Card padded={false}>
        <DataTable
          caption={t('referral.installers.caption')}
          rows={installers.data?.items}
          loading={installers.isLoading}
          error={installers.error}
          rowKey={(i) => i.id}
          empty={{ title: t('referral.installers.empty') }}
          columns={[
            {
              id: 'company',
              header: t('referral.installers.company'),
              cell: (i) => (
                <>
                  <strong>{i.company}</strong>
                  <br />
                  <span className="muted">
                    {i.contactName} · {i.email}
                  </span>
                </>
              ),
            },
            {
              id: 'address',
              header: t('referral.installers.address'),
              cell: (i) =>
                `${i.line1}, ${i.postalCode} ${i.communeName}${i.locatedBy === 'postal_code' ? ` ${t('referral.installers.notLocated')}` : ''}`,
            },
            {
              id: 'charter',
              header: t('referral.installers.charter'),
              cell: (i) =>
                i.charterSignedAt
                  ? t('referral.installers.charterSigned', {
                      version: i.charterVersion,
                      date: format.dateTime(i.charterSignedAt),
                    })
                  : t('referral.installers.charterNotSigned'),
            },
            { id: 'state', header: t('referral.installers.state'), cell: state },
            {
              id: 'actions',
              header: '',
              align: 'end',
              cell: (i) =>
                manage ? (
                  <span className="k-row-actions">
                    {!i.charterSignedAt ? (
                      <Button
                        size="sm"
                        onClick={() => setSigning(i)}
                        aria-label={`${t('referral.installers.recordCharter')} : ${i.company}`}
                      >
                        {t('referral.installers.recordCharter')}
                      </Button>
                    ) : null}{' '}
                    <Button
                      size="sm"
                      variant="ghost"
                      loading={setActive.isPending && setActive.variables?.id === i.id}
                      onClick={() => setActive.mutate({ id: i.id, active: !i.active })}
                    >
                      {i.active ? t('referral.installers.deactivate') : t('referral.installers.activate')}
                    </Button>
                  </span>
                ) : null,
            },
          ]}
        />
      </Card>
      {adding ? (
        <AddInstallerDialog
          onClose={() => setAdding(false)}
          onDone={(email) => {
            setAdding(false);
            toast({ tone: 'success', title: t('referral.installers.added', { email }) });
          }}
        />
      ) : null}
      {signing ? (
        <CharterDialog
          installer={signing}
          onClose={() => setSigning(null)}
          onDone={() => {
            setSigning(null);
            toast({ tone: 'success', title: t('referral.installers.charterRecorded') });
          }}
        />
      ) : null}
    </div>
  );
}

function AddInstallerDialog({ onClose, onDone }: { onClose: () => void; onDone: (email: string) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ company: '', contactName: '', email: '', phone: '' });
  const [address, setAddress] = useState<AddressValue>(emptyAddress);
  const add = useReferralPost<Record<string, string>>(
    () => '/api/referral/installers',
    (v) => v,
  );
  const field = (k: keyof typeof form, type = 'text') => (
    <TextField
      label={t(`referral.installers.${k}`)}
      type={type}
      value={form[k]}
      required={k !== 'phone'}
      onChange={(e) => setForm({ ...form, [k]: e.target.value })}
    />
  );
  return (
    <FormDialog
      id="add-installer"
      title={t('referral.installers.add')}
      submitLabel={t('referral.installers.submit')}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      onSubmit={() => {
        const body: Record<string, string> = {
          company: form.company,
          contactName: form.contactName,
          email: form.email,
          line1: address.line1,
          postalCode: address.postalCode,
        };
        if (form.phone.trim()) body.phone = form.phone;
        if (address.communeCode) body.communeCode = address.communeCode;
        add.mutate(body, { onSuccess: () => onDone(form.email) });
      }}
    >
      {field('company')}
      {field('contactName')}
      {field('email', 'email')}
      {field('phone', 'tel')}
      <AddressFields value={address} onChange={setAddress} withLine />
    </FormDialog>
  );
}

function CharterDialog({
  installer,
  onClose,
  onDone,
}: {
  installer: Installer;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [version, setVersion] = useState('2009-11');
  const sign = useReferralPost<string>(
    () => `/api/referral/installers/${installer.id}/charter`,
    (v) => ({ charterVersion: v }),
  );
  return (
    <FormDialog
      id="record-charter"
      title={t('referral.installers.charterDialog', { company: installer.company })}
      submitLabel={t('referral.installers.recordCharter')}
      pending={sign.isPending}
      error={sign.error}
      onClose={onClose}
      onSubmit={() => sign.mutate(version, { onSuccess: onDone })}
    >
      <TextField
        label={t('referral.installers.charterVersion')}
        hint={t('referral.installers.charterHint')}
        value={version}
        required
        onChange={(e) => setVersion(e.target.value)}
      />
    </FormDialog>
  );
}
