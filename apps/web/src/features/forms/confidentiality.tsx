import { type Confidentiality, ConfidentialitySchema, type Role, visibleLevels } from '@habeas/shared';
import { Badge, type BadgeProps, Group, Select, type SelectProps, Text } from '@mantine/core';
import { IconLock, IconUsersGroup, IconWorld, type TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const ICONS: Record<Confidentiality, TablerIcon> = {
  public: IconWorld,
  internal: IconUsersGroup,
  restricted: IconLock,
};

// Every badge carries its word and an icon: the level is never told by colour alone.
const COLORS: Record<Confidentiality, string> = {
  public: 'habeas',
  internal: 'indigo.9',
  restricted: 'red.9',
};

export interface ConfidentialityBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  level: Confidentiality;
}

/** "Public" / "Internal" / "Restricted" with an icon; the full meaning is in the title. */
export function ConfidentialityBadge({ level, ...rest }: ConfidentialityBadgeProps) {
  const { t } = useTranslation();
  const Icon = ICONS[level];
  return (
    <Badge
      variant={level === 'restricted' ? 'filled' : 'light'}
      color={COLORS[level]}
      leftSection={<Icon size={14} aria-hidden />}
      title={t(`confidentiality.hint.${level}`)}
      {...rest}
    >
      {t(`confidentiality.level.${level}`)}
    </Badge>
  );
}

export interface ConfidentialitySelectProps
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'label' | 'defaultValue'> {
  value: Confidentiality | null | undefined;
  onChange: (value: Confidentiality) => void;
  /** Offers only the levels this role may see (choosing another would hide the record from its author). */
  role?: Role;
  label?: ReactNode;
}

/** Public / internal / restricted, with what each level means under the box. */
export function ConfidentialitySelect({ value, onChange, role, label, ...rest }: ConfidentialitySelectProps) {
  const { t } = useTranslation();
  const allowed = role ? visibleLevels(role) : ConfidentialitySchema.options;
  const levels = ConfidentialitySchema.options.filter((l) => allowed.includes(l) || l === value);
  return (
    <Select
      {...rest}
      label={label ?? t('confidentiality.label')}
      value={value ?? null}
      allowDeselect={false}
      onChange={(next) => {
        const parsed = ConfidentialitySchema.safeParse(next);
        if (parsed.success) onChange(parsed.data);
      }}
      data={levels.map((level) => ({ value: level, label: t(`confidentiality.level.${level}`) }))}
      leftSection={value ? <LevelIcon level={value} /> : null}
      renderOption={({ option }) => {
        const level = option.value as Confidentiality;
        return (
          <Group gap="xs" wrap="nowrap">
            <LevelIcon level={level} />
            <div>
              <Text size="sm">{option.label}</Text>
              <Text size="xs" c="dimmed">
                {t(`confidentiality.hint.${level}`)}
              </Text>
            </div>
          </Group>
        );
      }}
      description={value ? t(`confidentiality.hint.${value}`) : rest.description}
    />
  );
}

function LevelIcon({ level }: { level: Confidentiality }) {
  const Icon = ICONS[level];
  return <Icon size={16} aria-hidden />;
}
